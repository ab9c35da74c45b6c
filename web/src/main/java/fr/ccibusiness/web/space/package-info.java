/** Pages of a community's reserved space, its authorised downloads, and the DPO's download log. */
package fr.ccibusiness.web.space;
