package fr.ccibusiness.community;

import java.time.Instant;

/** A line of a community's member list: who, their address, and since when they are a member. */
public record MemberLine(long accountId, String name, String email, Instant since) {
}
