/**
 * The dashboards: the platform's, a CCI's or a community's activity over a range of days, counted by
 * SQL aggregates (never by loading entities), in charts with their tables.
 */
package fr.ccibusiness.dashboard;
