/**
 * First-party audience measurement (policy article 5): page views per day and page, counted only
 * for visitors who accepted it, aggregated, never sent to a third party.
 */
package fr.ccibusiness.audience;
