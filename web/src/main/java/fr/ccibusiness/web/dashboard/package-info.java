/** admin/dashboard.xhtml: the platform's, a CCI's or a community's activity in PrimeFaces charts, each with its table. */
package fr.ccibusiness.web.dashboard;
