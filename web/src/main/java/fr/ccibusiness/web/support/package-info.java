/**
 * What every page shares: who is signed in and in which language, the layout's actions, translated
 * messages, security headers and the error pages.
 */
package fr.ccibusiness.web.support;
