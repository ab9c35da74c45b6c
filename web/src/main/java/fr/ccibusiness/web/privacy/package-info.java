/** The privacy policy page, the legal notice and the contact page. */
package fr.ccibusiness.web.privacy;
