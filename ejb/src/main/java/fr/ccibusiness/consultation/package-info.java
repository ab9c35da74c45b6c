/**
 * Buyers (donneurs d'ordre) and their consultations (purpose 4 of the policy): the organisations an
 * administrator or a CCI's staff create and allow to publish to communities, the consultations they
 * run from draft to award, their tender documents (every version kept, every download logged), and a
 * hash-chained journal of everything that happened to each. Who may see a consultation is decided
 * here, at every call: its target communities' active members, anyone when it is public, its
 * organisation's buyers and administrators; everyone else is told it does not exist.
 */
package fr.ccibusiness.consultation;
