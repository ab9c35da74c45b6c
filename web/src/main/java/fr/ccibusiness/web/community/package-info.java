/** Pages of the communities: the catalogue, a community, my memberships, animation and administration. */
package fr.ccibusiness.web.community;
