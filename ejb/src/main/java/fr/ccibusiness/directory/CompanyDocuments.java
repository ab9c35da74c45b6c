package fr.ccibusiness.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CachingTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.Version;

/**
 * A company as a Lucene document: the fields searched, those shown on a result, the orders and the
 * facets. The analyzers of {@link FrenchAnalysis} per field are in {@link #ANALYZER}.
 */
final class CompanyDocuments {

    /** The company's id: the term a change replaces or deletes its document by. */
    static final String ID = "id";
    /** The id again, to sort by: the newest first among equally relevant companies. */
    static final String NEWEST = "newest";
    /** The name folded to lower case without accents, to sort by. */
    static final String NAME_ORDER = "name_order";

    /** The name, stemmed (shown and highlighted from its {@link CompanyCard}). */
    static final String NAME = "name";
    /** The beginnings of the name's words. */
    static final String NAME_PREFIXES = "name_prefixes";
    /** Activity, references, capacities, NAF label, commune, department, certifications, stemmed. */
    static final String BODY = "body";
    /** The beginnings of the words of the activity, capacities, NAF label and commune. */
    static final String BODY_PREFIXES = "body_prefixes";
    /**
     * Every word of the name and of {@link #BODY}, whole and unstemmed: typos are matched against these,
     * and suggestions are the most frequent of those beginning with what is typed.
     */
    static final String WORDS = "words";
    /** Codes typed as they are written: NAF code with and without its letter, postal code. */
    static final String CODES = "codes";
    /** The activity: not indexed as such, but the field the highlighter marks it as, from its {@link CompanyCard}. */
    static final String ACTIVITY = "activity";

    /** Filters that are not facets: the NAF code (searched by prefix) and the commune. */
    static final String NAF_CODE = "naf_code";
    static final String COMMUNE_CODE = "commune_code";

    /** Facets: one value each, but for communities and certifications. */
    static final String DEPARTMENT = "department";
    static final String COMMUNITY = "community";
    static final String SECTION = "section";
    static final String DIVISION = "division";
    static final String CERTIFICATION = "certification";
    static final String WORKFORCE = "workforce";

    static final Analyzer ANALYZER = new PerFieldAnalyzerWrapper(FrenchAnalysis.STEMMED, Map.of(
            NAME_PREFIXES, FrenchAnalysis.PREFIXES, BODY_PREFIXES, FrenchAnalysis.PREFIXES,
            WORDS, FrenchAnalysis.FOLDED));

    /** The facets beside the results, in the order shown. */
    static final List<String> FACET_NAMES = List.of(DEPARTMENT, COMMUNITY, SECTION, DIVISION, CERTIFICATION, WORKFORCE);

    static final FacetsConfig FACETS = new FacetsConfig();

    static {
        FACETS.setMultiValued(COMMUNITY, true);
        FACETS.setMultiValued(CERTIFICATION, true);
        for (String facet : FACET_NAMES) {
            FACETS.setIndexFieldName(facet, "$facet_" + facet); // counted apart: a filtered facet's counts are its own
        }
    }

    /** Searched, never scored by frequency nor positions: only whether a word is there. */
    private static final FieldType MATCHED_ONLY = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        MATCHED_ONLY.setIndexOptions(IndexOptions.DOCS);
        MATCHED_ONLY.setOmitNorms(true);
        MATCHED_ONLY.freeze();
    }

    private CompanyDocuments() {
    }

    /**
     * What the index's files were written by: a digest of the fields, their options, values and tokens that
     * a fixed company becomes, and of Lucene's version. A change to the analysis, the fields, the facets or
     * the cards changes it, and an index saved by another format is built again rather than read.
     */
    static final String FORMAT = format();

    static String format() {
        CompanyRecord sample = new CompanyRecord(7, "Usinage Lefèvre & Fils", "25.62B", "Usinage", "Caen", "14000", "14118", "14",
                "Calvados", "Tournage, fraisage CN 5 axes : pièces d'aéronautiques.", "Airbus, Safran", "Rectification plane",
                "FROM_20_TO_49", List.of("EN 9100", "ISO 9001"), List.of(3L, 5L));
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (IndexableField field : of(sample)) {
                BytesRef binary = field.binaryValue();
                digest.update((field.name() + '|' + field.fieldType() + '|' + field.stringValue() + '|' + field.numericValue() + '|'
                        + (binary == null ? "" : HexFormat.of().formatHex(binary.bytes, binary.offset, binary.length)) + '\n')
                        .getBytes(StandardCharsets.UTF_8));
                if (field.fieldType().indexOptions() != IndexOptions.NONE && field.fieldType().tokenized()) {
                    try (TokenStream tokens = field.tokenStream(ANALYZER, null)) {
                        CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
                        PositionIncrementAttribute position = tokens.addAttribute(PositionIncrementAttribute.class);
                        tokens.reset();
                        while (tokens.incrementToken()) {
                            digest.update((term + "+" + position.getPositionIncrement() + ' ').getBytes(StandardCharsets.UTF_8));
                        }
                        tokens.end();
                    }
                }
            }
            return "lucene " + Version.LATEST + " " + HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Term idTerm(long id) {
        return new Term(ID, Long.toString(id));
    }

    static Document of(CompanyRecord company) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(company.id()), Field.Store.NO));
        doc.add(new BinaryDocValuesField(CompanyCard.FIELD, CompanyCard.of(company).encoded()));
        doc.add(new NumericDocValuesField(NEWEST, company.id()));
        doc.add(new SortedDocValuesField(NAME_ORDER, new BytesRef(nameOrder(company.legalName()))));

        words(doc, company.legalName(), NAME, NAME_PREFIXES);
        Set<String> typedAsYouGo = typedAsYouGo(company);
        body(company).forEach(text -> words(doc, text, BODY, typedAsYouGo.contains(text) ? BODY_PREFIXES : null));
        String naf = company.nafCode().toLowerCase(Locale.ROOT);
        Stream.of(naf, naf.replaceAll("[a-z]$", ""), company.postalCode())
                .distinct().forEach(code -> doc.add(new StringField(CODES, code, Field.Store.NO)));

        doc.add(new StringField(NAF_CODE, company.nafCode(), Field.Store.NO));
        doc.add(new StringField(COMMUNE_CODE, company.communeCode(), Field.Store.NO));

        doc.add(new SortedSetDocValuesFacetField(DEPARTMENT, company.departmentCode()));
        NafSection.of(company.nafCode()).ifPresent(section -> doc.add(new SortedSetDocValuesFacetField(SECTION, section.name())));
        doc.add(new SortedSetDocValuesFacetField(DIVISION, company.nafDivision()));
        company.communities().stream().distinct()
                .forEach(community -> doc.add(new SortedSetDocValuesFacetField(COMMUNITY, community.toString())));
        company.certifications().stream().distinct()
                .forEach(certification -> doc.add(new SortedSetDocValuesFacetField(CERTIFICATION, certification)));
        if (company.workforceBand() != null) {
            doc.add(new SortedSetDocValuesFacetField(WORKFORCE, company.workforceBand()));
        }
        try {
            return FACETS.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("Facets are built in memory", e);
        }
    }

    /**
     * Indexes a text's words stemmed (in {@code stemmedField}), whole ({@link #WORDS}) and, when
     * {@code prefixesField} is given, by their beginnings: the text is split and folded once for all three.
     */
    private static void words(Document doc, String text, String stemmedField, String prefixesField) {
        CachingTokenFilter folded = FrenchAnalysis.foldedOnce(text);
        doc.add(new Field(WORDS, folded, MATCHED_ONLY));
        doc.add(new Field(stemmedField, FrenchAnalysis.stemmed(folded), TextField.TYPE_NOT_STORED));
        if (prefixesField != null) {
            doc.add(new Field(prefixesField, FrenchAnalysis.prefixes(folded), MATCHED_ONLY));
        }
    }

    /** The texts searched beside the name, each its own value: a phrase does not run from one to the next. */
    private static Stream<String> body(CompanyRecord company) {
        return Stream.concat(Stream.of(company.activity(), company.references(), company.capacities(), company.nafLabel(),
                        company.commune(), company.departmentName()), company.certifications().stream())
                .filter(text -> text != null && !text.isBlank());
    }

    /**
     * The texts whose words are found by their beginnings besides the name: what describes the trade and
     * the place (references and certifications are found by their whole words).
     */
    private static Set<String> typedAsYouGo(CompanyRecord company) {
        return Stream.of(company.activity(), company.capacities(), company.nafLabel(), company.commune())
                .filter(text -> text != null && !text.isBlank()).collect(Collectors.toSet());
    }

    /** The name as it sorts: lower case, accents folded, so that "Éco" sits among the "E". */
    static String nameOrder(String legalName) {
        return FrenchAnalysis.fold(legalName);
    }
}
