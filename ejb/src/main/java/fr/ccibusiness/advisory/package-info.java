/**
 * The CCIs' support services (purpose 6 of the policy): each CCI's catalogue, the requests members
 * make for their companies, the advisors' work queue with its working-day service-level clock, the
 * morning digest, and the members' satisfaction.
 */
package fr.ccibusiness.advisory;
