/** Pages of networking: my network (requests, connections, suggestions, blocks). */
package fr.ccibusiness.web.network;
