package fr.ccibusiness.consultation;

/**
 * What verifying a journal found: intact, with its number of entries; or broken, with the first
 * entry whose hash, sequence or link to the one before does not hold (or one past the end when lines
 * were removed from its end).
 */
public record JournalCheck(boolean intact, int entries, Integer firstBrokenSeq) {
}
