/** The public home page: what the platform is for, and the CCIs behind it. */
package fr.ccibusiness.web.home;
