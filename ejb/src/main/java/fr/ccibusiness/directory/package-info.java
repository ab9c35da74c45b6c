/**
 * The directory: French-aware search of companies (public) and people (only those who share an active
 * community with the searcher and did not object), with the visibility rules of policy article 8.
 */
package fr.ccibusiness.directory;
