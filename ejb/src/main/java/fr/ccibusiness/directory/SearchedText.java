package fr.ccibusiness.directory;

import static fr.ccibusiness.directory.CompanyDocuments.ACTIVITY;
import static fr.ccibusiness.directory.CompanyDocuments.BODY;
import static fr.ccibusiness.directory.CompanyDocuments.BODY_PREFIXES;
import static fr.ccibusiness.directory.CompanyDocuments.CODES;
import static fr.ccibusiness.directory.CompanyDocuments.NAME;
import static fr.ccibusiness.directory.CompanyDocuments.NAME_PREFIXES;
import static fr.ccibusiness.directory.CompanyDocuments.WORDS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * What a person types in the directory's search box, as a Lucene query. The syntax is Lucene's simple
 * one: words all required, {@code "a phrase"}, {@code -excluded}, {@code a | b}, parentheses, and
 * {@code word*}. Each word is found
 * <ul>
 * <li>as a word of the name (weighing most) or of the rest of the record, plural or singular;</li>
 * <li>as the beginning of a word ("aero" finds "Aéronautique"), weighing less;</li>
 * <li>with one typo ("mecanqiue") when it has {@value #FUZZY_FROM} letters or more, no digit, and is
 * neither a word of the index nor the beginning of one, weighing least;</li>
 * <li>as a NAF or postal code when it looks like one ("25.62", "25.62B", "14000").</li>
 * </ul>
 */
final class SearchedText extends SimpleQueryParser {

    /** Words this long or longer are also found with one letter wrong, missing, added or swapped. */
    static final int FUZZY_FROM = 5;
    private static final Pattern CODE = Pattern.compile("\\d{2}(\\.\\d{1,2}[a-zA-Z]?)?|\\d{5}");
    private static final int SYNTAX = AND_OPERATOR | NOT_OPERATOR | OR_OPERATOR | PHRASE_OPERATOR | PRECEDENCE_OPERATORS
            | PREFIX_OPERATOR | WHITESPACE_OPERATOR;

    private final IndexReader index;

    private SearchedText(IndexReader index) {
        super(CompanyDocuments.ANALYZER, Map.of(NAME, 4f, BODY, 1f), SYNTAX);
        setDefaultOperator(Occur.MUST);
        this.index = index;
    }

    /** The query of a text over {@code index}, or nothing when it holds no word that counts ("de la"). */
    static Optional<Query> of(String text, IndexReader index) {
        return Optional.ofNullable(new SearchedText(index).parse(text));
    }

    /**
     * The query the highlighter looks for in the shown fields (name, activity), which it re-analyzes
     * as the name is indexed: the stems of the words typed and their beginnings, and the words of the
     * index a typo was taken for ("mecanqiue": "mecanique"), as the search found them: read from the
     * search's query once rewritten ({@code searched}), where each fuzzy word has become the words of the
     * index one edit away from it. Not as fuzzy queries: each would cost the highlighter an automaton
     * per field, more than the search itself.
     */
    static Query highlighted(String text, Query searched) {
        Set<Term> near = new HashSet<>();
        searched.visit(QueryVisitor.termCollector(near));
        Set<String> stems = new HashSet<>();
        near.stream().filter(term -> term.field().equals(WORDS)).forEach(term -> stems.add(FrenchAnalysis.stem(term.text())));
        List<String> words = FrenchAnalysis.words(FrenchAnalysis.FOLDED, text);
        words.forEach(word -> stems.add(FrenchAnalysis.stem(word)));
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String field : List.of(NAME, ACTIVITY)) {
            stems.forEach(stem -> any.add(new TermQuery(new Term(field, stem)), Occur.SHOULD));
            words.forEach(word -> any.add(new PrefixQuery(new Term(field, word)), Occur.SHOULD));
        }
        return any.build();
    }

    @Override
    protected Query newDefaultQuery(String typed) {
        List<String> words = FrenchAnalysis.words(FrenchAnalysis.FOLDED, typed);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        words.forEach(word -> all.add(word(word), Occur.MUST));
        if (!CODE.matcher(typed).matches()) {
            return words.isEmpty() ? null : all.build();
        }
        Query code = new BoostQuery(new TermQuery(new Term(CODES, typed.toLowerCase(Locale.ROOT))), 6f);
        BooleanQuery.Builder either = new BooleanQuery.Builder().add(code, Occur.SHOULD);
        if (!words.isEmpty()) {
            either.add(all.build(), Occur.SHOULD);
        }
        return either.build();
    }

    /** "word*": the word's beginnings are indexed, so this is the plain word. */
    @Override
    protected Query newPrefixQuery(String typed) {
        return newDefaultQuery(typed);
    }

    /** One word, in any of the ways it may be found, the surer ways weighing more. */
    private Query word(String folded) {
        BooleanQuery.Builder ways = new BooleanQuery.Builder();
        String stem = FrenchAnalysis.stem(folded);
        ways.add(new BoostQuery(new TermQuery(new Term(NAME, stem)), 4f), Occur.SHOULD);
        ways.add(new BoostQuery(new TermQuery(new Term(BODY, stem)), 1.5f), Occur.SHOULD);
        if (folded.length() >= 2 && folded.length() <= FrenchAnalysis.MAX_PREFIX) {
            ways.add(new BoostQuery(new TermQuery(new Term(NAME_PREFIXES, folded)), 2f), Occur.SHOULD);
            ways.add(new BoostQuery(new TermQuery(new Term(BODY_PREFIXES, folded)), 0.7f), Occur.SHOULD);
        }
        if (fuzzy(folded) && unknown(folded)) {
            ways.add(new BoostQuery(new FuzzyQuery(new Term(WORDS, folded), 1, 1), 0.5f), Occur.SHOULD);
        }
        return ways.build();
    }

    /**
     * A word neither in the index nor the beginning of one of its words: a typo, maybe. Only such a word
     * is looked for with one edit: the words the index holds, hundreds of them for a common beginning,
     * would otherwise be scored for every word typed right.
     */
    private boolean unknown(String folded) {
        try {
            return index.docFreq(new Term(WORDS, folded)) == 0 && index.docFreq(new Term(BODY_PREFIXES, folded)) == 0
                    && index.docFreq(new Term(NAME_PREFIXES, folded)) == 0;
        } catch (IOException e) {
            throw new UncheckedIOException("The directory's index cannot be read", e);
        }
    }

    /** Long words are forgiven a typo; numbers never are: 14001 is not 14000. */
    private static boolean fuzzy(String folded) {
        return folded.length() >= FUZZY_FROM && folded.chars().noneMatch(Character::isDigit);
    }
}
