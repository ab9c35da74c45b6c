/**
 * The retention job (policy article 3): its chunk steps over accounts and connection logs, the
 * nightly persistent timer that starts it, and the use cases of the admin and DPO console.
 */
package fr.ccibusiness.batch.retention;
