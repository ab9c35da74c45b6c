/**
 * The CCIs of the region and, later, their communities (filières and territoires) with memberships
 * and animators.
 */
package fr.ccibusiness.community;
