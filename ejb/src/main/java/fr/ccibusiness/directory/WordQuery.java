package fr.ccibusiness.directory;

import java.util.BitSet;
import java.util.Optional;

/**
 * The words of a search as PostgreSQL understood them: the text form of a {@code tsquery} made by
 * {@code websearch_to_tsquery} (French stems without accents, joined by {@code &}, {@code |},
 * {@code !}), matched against the stems of each company in memory. PostgreSQL keeps the language
 * (stemming, accents, stop words); this only combines the sets of companies holding each stem.
 * Phrases ({@code <->}, from quotes or hyphenated words) need word positions: they are not handled
 * here, and {@link #parse} gives nothing for them.
 */
sealed interface WordQuery {

    /** Where the companies holding each stem are found. */
    @FunctionalInterface
    interface Stems {
        /** Sets, in {@code into}, the ordinals of the companies holding {@code stem}. */
        void mark(String stem, BitSet into);
    }

    /** The ordinals of the companies matching, among {@code all}. */
    BitSet matches(Stems postings, BitSet all);

    /** Stop words only: PostgreSQL matches nothing, and so does this. */
    record Nothing() implements WordQuery {
        @Override
        public BitSet matches(Stems postings, BitSet all) {
            return new BitSet();
        }
    }

    record Word(String stem) implements WordQuery {
        @Override
        public BitSet matches(Stems postings, BitSet all) {
            BitSet found = new BitSet(all.length());
            postings.mark(stem, found);
            found.and(all);
            return found;
        }
    }

    record And(WordQuery left, WordQuery right) implements WordQuery {
        @Override
        public BitSet matches(Stems postings, BitSet all) {
            BitSet found = left.matches(postings, all);
            if (!found.isEmpty()) {
                found.and(right.matches(postings, all));
            }
            return found;
        }
    }

    record Or(WordQuery left, WordQuery right) implements WordQuery {
        @Override
        public BitSet matches(Stems postings, BitSet all) {
            BitSet found = left.matches(postings, all);
            found.or(right.matches(postings, all));
            return found;
        }
    }

    record Not(WordQuery negated) implements WordQuery {
        @Override
        public BitSet matches(Stems postings, BitSet all) {
            BitSet found = (BitSet) all.clone();
            found.andNot(negated.matches(postings, all));
            return found;
        }
    }

    /** The query of a {@code tsquery}'s text, or nothing when it holds a phrase or cannot be read. */
    static Optional<WordQuery> parse(String tsquery) {
        if (tsquery.isBlank()) {
            return Optional.of(new Nothing());
        }
        try {
            Parser parser = new Parser(tsquery);
            WordQuery query = parser.or();
            return parser.atEnd() ? Optional.of(query) : Optional.empty();
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    /** Recursive descent over the text, in PostgreSQL's precedence: {@code !} then {@code &} then {@code |}. */
    final class Parser {
        private final String text;
        private int at;

        private Parser(String text) {
            this.text = text;
        }

        WordQuery or() {
            WordQuery query = and();
            while (skip('|')) {
                query = new Or(query, and());
            }
            return query;
        }

        private WordQuery and() {
            WordQuery query = unary();
            while (skip('&')) {
                query = new And(query, unary());
            }
            return query;
        }

        private WordQuery unary() {
            if (skip('!')) {
                return new Not(unary());
            }
            if (skip('(')) {
                WordQuery inner = or();
                if (!skip(')')) {
                    throw new IllegalArgumentException("unclosed parenthesis");
                }
                return inner;
            }
            if (skip('\'')) {
                return new Word(stem());
            }
            throw new IllegalArgumentException("unexpected text at " + at); // a phrase's '<', a weight, …
        }

        /** A quoted stem, its quote already read: {@code ''} and backslash escape the next character. */
        private String stem() {
            StringBuilder stem = new StringBuilder();
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c == '\\' && at < text.length()) {
                    stem.append(text.charAt(at++));
                } else if (c == '\'') {
                    if (at < text.length() && text.charAt(at) == '\'') {
                        stem.append('\'');
                        at++;
                    } else {
                        if (at < text.length() && text.charAt(at) == ':') {
                            throw new IllegalArgumentException("a prefix or weight");
                        }
                        return stem.toString();
                    }
                } else {
                    stem.append(c);
                }
            }
            throw new IllegalArgumentException("unclosed quote");
        }

        private boolean skip(char expected) {
            skipSpaces();
            if (at < text.length() && text.charAt(at) == expected) {
                at++;
                return true;
            }
            return false;
        }

        boolean atEnd() {
            skipSpaces();
            return at >= text.length();
        }

        private void skipSpaces() {
            while (at < text.length() && text.charAt(at) == ' ') {
                at++;
            }
        }
    }
}
