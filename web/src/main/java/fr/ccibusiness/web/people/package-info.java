/** The people console's pages: admin/people.xhtml (the table, its filters and exports) and admin/person.xhtml (one account). */
package fr.ccibusiness.web.people;
