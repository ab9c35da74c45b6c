package fr.ccibusiness.directory;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CachingTokenFilter;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemmer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * How the directory's texts become words, with Lucene's French analysis: words split as Unicode says,
 * elisions dropped ("l'usinage" → "usinage"), lower case, accents folded ("Aéro" → "aero"), French
 * stop words left out. Then, per use:
 * <ul>
 * <li>{@link #STEMMED}: light French stemming, so that plurals and feminines meet ("usinages",
 * "mécaniques");</li>
 * <li>{@link #FOLDED}: the whole words, for typo-tolerant (fuzzy) matching;</li>
 * <li>{@link #PREFIXES}: every beginning of each word of 2 to {@value #MAX_PREFIX} letters (edge
 * n-grams), so that a word being typed finds the words it begins;</li>
 * <li>{@link #WRITTEN}: the words as written, accents kept, to show a suggestion found folded.</li>
 * </ul>
 * The same analyzers serve the index and the searched text, except the prefixes: a typed word is
 * looked up whole among the beginnings indexed.
 */
final class FrenchAnalysis {

    /** The longest beginning of a word indexed: a longer typed word is found by its whole form. */
    static final int MAX_PREFIX = 20;
    /** Between two values of one field: no phrase runs from one to the next. */
    private static final int GAP_BETWEEN_VALUES = 100;

    private static final CharArraySet STOP_WORDS = FrenchAnalyzer.getDefaultStopSet();

    static final Analyzer STEMMED = analyzer(FrenchAnalysis::stemmed);
    static final Analyzer FOLDED = analyzer(words -> words);
    static final Analyzer PREFIXES = analyzer(FrenchAnalysis::prefixes);
    /** Words as written, in lower case, accents kept: how a suggestion shows a word found folded. */
    static final Analyzer WRITTEN = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES)));
        }
    };

    private FrenchAnalysis() {
    }

    private interface Ending {
        TokenStream apply(TokenStream folded);
    }

    private static Analyzer analyzer(Ending ending) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, ending.apply(folded(source)));
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return GAP_BETWEEN_VALUES;
            }
        };
    }

    /** A text's words, folded, without stop words. */
    private static TokenStream folded(Tokenizer source) {
        TokenStream words = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
        return new StopFilter(new ASCIIFoldingFilter(new LowerCaseFilter(words)), STOP_WORDS);
    }

    /**
     * A text's folded words, split once and kept: the fields that index them each way (whole,
     * {@link #stemmed}, {@link #prefixes}) read them again from this instead of splitting the text
     * again. The fields read it one after the other, as the index writer inverts a document's fields.
     */
    static CachingTokenFilter foldedOnce(String text) {
        Tokenizer source = new StandardTokenizer();
        source.setReader(new StringReader(text));
        return new CachingTokenFilter(folded(source));
    }

    static TokenStream stemmed(TokenStream folded) {
        return new FrenchLightStemFilter(folded);
    }

    static TokenStream prefixes(TokenStream folded) {
        return new EdgeNGramTokenFilter(folded, 2, MAX_PREFIX, true);
    }

    /** The words an analyzer makes of a text, in order. */
    static List<String> words(Analyzer analyzer, String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("A text in memory cannot fail to be read", e);
        }
        return words;
    }

    /** A word in lower case without accents, as {@link #FOLDED} makes it. */
    static String fold(String word) {
        char[] lower = word.toLowerCase(Locale.ROOT).toCharArray();
        char[] folded = new char[lower.length * 4];
        return new String(folded, 0, ASCIIFoldingFilter.foldToASCII(lower, 0, folded, 0, lower.length));
    }

    /** The stem of a folded word, as {@link #STEMMED} makes it. */
    static String stem(String folded) {
        char[] word = folded.toCharArray();
        return new String(word, 0, new FrenchLightStemmer().stem(word, word.length));
    }
}
