/**
 * The space reserved to a community (purpose 3): announcements by its animators, folders of
 * documents (every version kept) and links, readable only by its active members, its animators, the
 * staff of its CCI and administrators; every download authorised here and logged.
 */
package fr.ccibusiness.space;
