/**
 * The pages of the CCIs' support services: the catalogue and a service's page (with the request form),
 * a member's requests, and the advisors' work queue, request page, catalogue editor and satisfaction.
 */
package fr.ccibusiness.web.advisory;
