/**
 * Retention (policy article 3): which accounts and logs have outlived their period, the warning before
 * an account in no community is deleted, and the summary of each run of the nightly retention job.
 */
package fr.ccibusiness.retention;
