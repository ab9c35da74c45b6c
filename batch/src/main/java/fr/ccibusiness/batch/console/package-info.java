/**
 * The administrators' console of every batch job: their executions read from JBeret's repository,
 * with each step's counts and the run's progress, stop and restart, and an e-mail to the
 * administrators when a run fails.
 */
package fr.ccibusiness.batch.console;
