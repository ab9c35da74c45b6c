/**
 * Demo data for the README's run command only ({@code -Dcci.demo=true}): never loaded in tests or
 * production.
 */
package fr.ccibusiness.demo;
