/**
 * Jakarta Batch jobs (retention, newsletter dispatch), their artifacts and the timers that start
 * them. Job XMLs live in META-INF/batch-jobs, one per job, file name = job id.
 */
package fr.ccibusiness.batch;
