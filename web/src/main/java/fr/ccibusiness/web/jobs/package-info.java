/** The administrators' console of the batch jobs. */
package fr.ccibusiness.web.jobs;
