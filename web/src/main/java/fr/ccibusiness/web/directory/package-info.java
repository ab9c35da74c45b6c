/** Pages of the directory: the search, a company's page and a person's page. */
package fr.ccibusiness.web.directory;
