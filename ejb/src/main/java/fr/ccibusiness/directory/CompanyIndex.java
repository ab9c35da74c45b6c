package fr.ccibusiness.directory;

import static fr.ccibusiness.directory.CompanyDocuments.CERTIFICATION;
import static fr.ccibusiness.directory.CompanyDocuments.COMMUNITY;
import static fr.ccibusiness.directory.CompanyDocuments.DEPARTMENT;
import static fr.ccibusiness.directory.CompanyDocuments.DIVISION;
import static fr.ccibusiness.directory.CompanyDocuments.FACETS;
import static fr.ccibusiness.directory.CompanyDocuments.FACET_NAMES;
import static fr.ccibusiness.directory.CompanyDocuments.SECTION;
import static fr.ccibusiness.directory.CompanyDocuments.WORKFORCE;

import fr.ccibusiness.platform.Html;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.DrillSideways.DrillSidewaysResult;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * The directory's companies in a Lucene index: written by one thread ({@link DirectoryIndex}'s
 * updater), searched by any number. A search sees the index as it was last published; publishing
 * opens a new reader on what was written, without waiting for a commit to disk.
 */
final class CompanyIndex implements Closeable {

    /** Values shown per facet, the most frequent first (and the one filtered on, wherever it ranks). */
    private static final int FACET_VALUES = 10;
    /** Excerpts of the activity aim at this many characters, cut at a sentence or a word. */
    private static final int EXCERPT_LENGTH = 180;
    /** Companies handed to a writing thread at a time. */
    private static final int BATCH = 500;
    /** Words of the vocabulary looked at per suggestion: a typed beginning shared by more is rare. */
    private static final int VOCABULARY_SCANNED = 5_000;

    private final IndexWriter writer;
    private final SearcherManager searchers;

    CompanyIndex(Directory directory) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(CompanyDocuments.ANALYZER)
                .setOpenMode(OpenMode.CREATE_OR_APPEND) // what the last run saved, if anything
                .setCommitOnClose(false) // saved only with the position in the log it matches: save()
                .setRAMBufferSizeMB(32) // segments written by the indexing threads as they go, not all at the end
                .setUseCompoundFile(false);
        writer = new IndexWriter(directory, config);
        searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                return new FacetedSearcher(reader);
            }
        });
    }

    /**
     * A searcher with the ordinals of each facet of its reader (each facet has a field of its own); none
     * for a facet no company has.
     */
    private static final class FacetedSearcher extends IndexSearcher {
        private final Map<String, SortedSetDocValuesReaderState> facets = new HashMap<>();

        FacetedSearcher(IndexReader reader) throws IOException {
            super(reader);
            setQueryCache(null); // every search computed: a figure met through a cache is not met
            for (String facet : FACET_NAMES) {
                String field = FACETS.getDimConfig(facet).indexFieldName;
                if (reader.numDocs() > 0 && MultiDocValues.getSortedSetValues(reader, field) != null) {
                    facets.put(facet, new DefaultSortedSetDocValuesReaderState(reader, field, FACETS));
                }
            }
        }
    }

    /**
     * Drill sideways with a facet per field: the results' counts are taken for every facet, but those a
     * filtered facet takes "sideways" (the results but for its own filter) for that facet alone, where
     * Lucene's default counts every facet of the field each time.
     */
    private static final class FacetSideways extends DrillSideways {
        private final Map<String, SortedSetDocValuesReaderState> facets;

        FacetSideways(FacetedSearcher searcher) {
            super(searcher, FACETS, searcher.facets.values().iterator().next());
            this.facets = searcher.facets;
        }

        @Override
        protected Facets buildFacetsResult(FacetsCollector results, FacetsCollector[] sideways, String[] sidewaysFacets)
                throws IOException {
            Map<String, Facets> counted = new HashMap<>();
            List<String> countedSideways = sidewaysFacets == null ? List.of() : Arrays.asList(sidewaysFacets);
            for (var facet : facets.entrySet()) {
                int at = countedSideways.indexOf(facet.getKey());
                counted.put(facet.getKey(), new SortedSetDocValuesFacetCounts(facet.getValue(), at < 0 ? results : sideways[at]));
            }
            return new MultiFacets(counted);
        }
    }

    /**
     * Writes every company again, in place of all those written before (published by {@link #publish}).
     * The companies are read on the calling thread (a database's rows) and written by batches on one
     * thread per core, made by {@code threads}: Lucene's writer takes documents from several threads at
     * once. When the writing threads are all busy and a few batches wait, the reading thread writes the
     * next batch itself, which holds the reading back.
     */
    void replaceAll(Iterable<CompanyRecord> companies, ThreadFactory threads) throws IOException {
        writer.deleteAll();
        int cores = Runtime.getRuntime().availableProcessors();
        ThreadPoolExecutor writing = new ThreadPoolExecutor(cores, cores, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(2 * cores), threads, new ThreadPoolExecutor.CallerRunsPolicy());
        List<Future<?>> batches = new ArrayList<>();
        try {
            List<CompanyRecord> batch = new ArrayList<>(BATCH);
            for (CompanyRecord company : companies) {
                batch.add(company);
                if (batch.size() == BATCH) {
                    batches.add(writing.submit(written(batch)));
                    batch = new ArrayList<>(BATCH);
                }
            }
            batches.add(writing.submit(written(batch)));
            for (Future<?> each : batches) {
                each.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException failure) {
                throw failure;
            }
            throw new IllegalStateException("A company could not be indexed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while indexing", e);
        } finally {
            writing.shutdownNow(); // done, or given up: no thread left behind
        }
    }

    private Callable<Void> written(List<CompanyRecord> batch) {
        return () -> {
            for (CompanyRecord company : batch) {
                writer.addDocument(CompanyDocuments.of(company));
            }
            return null;
        };
    }

    void put(CompanyRecord company) throws IOException {
        writer.updateDocument(CompanyDocuments.idTerm(company.id()), CompanyDocuments.of(company));
    }

    void remove(long id) throws IOException {
        writer.deleteDocuments(CompanyDocuments.idTerm(id));
    }

    /** What the last {@link #save} stored with the index on disk (the position in the change log); empty if nothing. */
    Map<String, String> saved() {
        Map<String, String> saved = new HashMap<>();
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            data.forEach(entry -> saved.put(entry.getKey(), entry.getValue()));
        }
        return saved;
    }

    /**
     * Writes what was indexed to disk for good, with {@code position}: what the next start needs to know to
     * read this index and bring it up to date rather than build it again.
     */
    void save(Map<String, String> position) throws IOException {
        writer.setLiveCommitData(Map.copyOf(position).entrySet());
        writer.commit();
    }

    /** Makes what was written visible to the searches that begin from now on. */
    void publish() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /**
     * Merges the index into one segment and publishes it: a search then reads each field's postings and
     * facet ordinals once, where over several segments it reads them per segment and maps every facet
     * ordinal to the index's (a search over 140,000 companies, one thread, the directory benchmark's long
     * tail: 2.2–2.7 ms in five segments, 1.7–1.9 ms in one; bench/search-cost.sh measures it). Done after
     * a full indexing; the changes applied later go to small segments that Lucene merges as it goes.
     */
    void compact() throws IOException {
        writer.forceMerge(1);
        publish();
    }

    /** The companies searchable now. */
    int size() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /** A page of companies and the facets of all those found. */
    CompanyResults search(DirectoryQuery query) throws IOException {
        FacetedSearcher searcher = (FacetedSearcher) searchers.acquire();
        try {
            // Rewritten once: a word with a typo becomes the words of the index it may be, for the search and its highlighting.
            Optional<Query> text = query.hasText() ? SearchedText.of(query.getText(), searcher.getIndexReader()).map(searched -> rewritten(searcher, searched))
                    : Optional.of(new MatchAllDocsQuery());
            if (searcher.facets.isEmpty() || text.isEmpty()) {
                return CompanyResults.none();
            }
            return search(searcher, query, text.get());
        } finally {
            searchers.release(searcher);
        }
    }

    private static Query rewritten(IndexSearcher searcher, Query query) {
        try {
            return searcher.rewrite(query);
        } catch (IOException e) {
            throw new UncheckedIOException("The directory's index cannot be read", e);
        }
    }

    private CompanyResults search(FacetedSearcher searcher, DirectoryQuery query, Query text) throws IOException {
        BooleanQuery.Builder base = new BooleanQuery.Builder().add(text, Occur.MUST);
        if (DirectoryQuery.filled(query.getNafCode())) {
            String prefix = query.getNafCode().strip().toUpperCase(Locale.ROOT);
            base.add(new PrefixQuery(new Term(CompanyDocuments.NAF_CODE, prefix)), Occur.FILTER);
        }
        if (DirectoryQuery.filled(query.getCommuneCode())) {
            base.add(new TermQuery(new Term(CompanyDocuments.COMMUNE_CODE, query.getCommuneCode().strip())), Occur.FILTER);
        }
        Map<String, String> filters = facetFilters(searcher, query);
        DrillDownQuery drill = new DrillDownQuery(FACETS, base.build());
        filters.forEach(drill::add);

        boolean byRelevance = query.hasText() && query.getSort() == DirectoryQuery.Sort.RELEVANCE;
        Sort sort = byRelevance
                ? new Sort(SortField.FIELD_SCORE, new SortField(CompanyDocuments.NEWEST, SortField.Type.LONG, true))
                : new Sort(new SortField(CompanyDocuments.NAME_ORDER, SortField.Type.STRING),
                        new SortField(CompanyDocuments.NEWEST, SortField.Type.LONG));
        int wanted = (Math.min(query.getPage(), DirectoryQuery.LAST_PAGE) + 1) * DirectoryQuery.PAGE_SIZE;
        DrillSidewaysResult found = new FacetSideways(searcher)
                .search(drill, null, null, wanted, sort, byRelevance);

        long total = found.hits.totalHits.value;
        int page = Math.min(query.getPage(), ResultPage.lastPage(total));
        ScoreDoc[] all = found.hits.scoreDocs;
        ScoreDoc[] shown = Arrays.copyOfRange(all, Math.min(all.length, page * DirectoryQuery.PAGE_SIZE),
                Math.min(all.length, (page + 1) * DirectoryQuery.PAGE_SIZE));
        List<CompanyHit> hits = hits(searcher, shown, query.hasText() ? SearchedText.highlighted(query.getText(), text) : null);
        return new CompanyResults(new ResultPage<>(hits, total, page), facets(found.facets, searcher.facets.keySet(), filters));
    }

    /**
     * The facet values the query filters on. A certification is matched whatever its case, as it was
     * typed in the search form before facets.
     */
    private static Map<String, String> facetFilters(FacetedSearcher searcher, DirectoryQuery query) throws IOException {
        Map<String, String> filters = new LinkedHashMap<>();
        putFilled(filters, DEPARTMENT, query.getDepartmentCode());
        putFilled(filters, COMMUNITY, query.getCommunityId() == null ? null : query.getCommunityId().toString());
        putFilled(filters, SECTION, query.getNafSection());
        putFilled(filters, DIVISION, query.getNafDivision());
        putFilled(filters, WORKFORCE, query.getWorkforceBand());
        if (DirectoryQuery.filled(query.getCertification())) {
            String typed = query.getCertification().strip();
            filters.put(CERTIFICATION, values(searcher, CERTIFICATION).stream()
                    .filter(value -> value.equalsIgnoreCase(typed)).findFirst().orElse(typed));
        }
        return filters;
    }

    private static void putFilled(Map<String, String> filters, String facet, String value) {
        if (DirectoryQuery.filled(value)) {
            filters.put(facet, value.strip());
        }
    }

    /** Every value of a facet in the index. */
    private static List<String> values(FacetedSearcher searcher, String facet) throws IOException {
        SortedSetDocValuesReaderState state = searcher.facets.get(facet);
        SortedSetDocValuesReaderState.OrdRange range = state == null ? null : state.getOrdRange(facet);
        if (range == null) {
            return List.of();
        }
        SortedSetDocValues ordinals = state.getDocValues();
        List<String> values = new ArrayList<>();
        for (int ordinal = range.start; ordinal <= range.end; ordinal++) {
            String[] path = FacetsConfig.stringToPath(ordinals.lookupOrd(ordinal).utf8ToString());
            values.add(path[path.length - 1]);
        }
        return values;
    }

    /** The facets of the results: those some company has, in the order shown. */
    private static List<Facet> facets(Facets counts, Set<String> indexed, Map<String, String> filters) throws IOException {
        List<Facet> facets = new ArrayList<>();
        for (String name : FACET_NAMES) {
            String selected = filters.get(name);
            FacetResult top = indexed.contains(name) ? counts.getTopChildren(FACET_VALUES, name) : null;
            List<FacetCount> values = new ArrayList<>();
            if (top != null) {
                Arrays.stream(top.labelValues).forEach(v -> values.add(new FacetCount(v.label, v.label, v.value.longValue(),
                        v.label.equals(selected))));
            }
            if (selected != null && values.stream().noneMatch(FacetCount::isSelected)) {
                Number count = top == null ? 0 : counts.getSpecificValue(name, selected);
                values.add(new FacetCount(selected, selected, Math.max(0, count.longValue()), true));
            }
            if (!values.isEmpty()) {
                facets.add(new Facet(name, values));
            }
        }
        return facets;
    }

    private static final DefaultPassageFormatter MARKED = new DefaultPassageFormatter("<mark>", "</mark>", "… ", true);

    /**
     * Lucene's unified highlighter for a page of results: the whole name, and a passage of about
     * {@value #EXCERPT_LENGTH} characters of the activity, cut at words; matched words in {@code <mark>},
     * everything else escaped.
     */
    private static final class Marker extends UnifiedHighlighter {
        private final Map<Integer, CompanyCard> cards;

        Marker(IndexSearcher searcher, Map<Integer, CompanyCard> cards) {
            super(UnifiedHighlighter.builder(searcher, CompanyDocuments.ANALYZER).withFormatter(MARKED)
                    // The words re-analysed as a token stream, not indexed again in memory for each card and field.
                    .withWeightMatches(false).withPassageRelevancyOverSpeed(false));
            this.cards = cards;
        }

        /** The texts to mark, from the cards of the page's companies, already read: the index stores no field. */
        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                CompanyCard card = cards.get(doc);
                values.add(Arrays.stream(fields).map(card::text).toArray(CharSequence[]::new));
            }
            return values;
        }

        @Override
        protected BreakIterator getBreakIterator(String field) {
            return CompanyDocuments.NAME.equals(field) ? new WholeBreakIterator()
                    : LengthGoalBreakIterator.createClosestToLength(BreakIterator.getWordInstance(Locale.FRENCH), EXCERPT_LENGTH, 0.25f);
        }
    }

    private List<CompanyHit> hits(IndexSearcher searcher, ScoreDoc[] shown, Query highlighted) throws IOException {
        int[] docs = Arrays.stream(shown).mapToInt(hit -> hit.doc).toArray();
        Map<Integer, CompanyCard> cards = new HashMap<>();
        for (int doc : docs) {
            cards.put(doc, CompanyCard.read(searcher.getIndexReader(), doc));
        }
        String[] names = new String[docs.length];
        String[] excerpts = new String[docs.length];
        if (highlighted != null && docs.length > 0) {
            Map<String, String[]> marked = new Marker(searcher, cards).highlightFields(
                    new String[] {CompanyDocuments.NAME, CompanyDocuments.ACTIVITY}, highlighted, docs, new int[] {1, 1});
            names = marked.get(CompanyDocuments.NAME);
            excerpts = marked.get(CompanyDocuments.ACTIVITY);
        }
        List<CompanyHit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            CompanyCard card = cards.get(docs[i]);
            hits.add(new CompanyHit(card.id(), card.name(), names[i] != null ? names[i] : Html.escape(card.name()),
                    excerpts[i] != null ? excerpts[i] : unmarkedExcerpt(card.activity()), card.nafCode(), card.nafLabel(),
                    card.commune(), card.postalCode(), card.communities()));
        }
        return hits;
    }

    /** The beginning of the activity, escaped, when no word was searched. */
    private static String unmarkedExcerpt(String activity) {
        if (activity == null) {
            return null;
        }
        if (activity.length() > EXCERPT_LENGTH) {
            int cut = activity.lastIndexOf(' ', EXCERPT_LENGTH);
            activity = activity.substring(0, cut > 0 ? cut : EXCERPT_LENGTH) + "…";
        }
        return Html.escape(activity);
    }

    /**
     * Suggestions for what is being typed: names of companies holding words that begin with each typed
     * word, then words of the index beginning with the last typed one, most frequent first, shown as
     * written (accents kept) after the words typed before it.
     */
    List<String> suggest(String typed, int max) throws IOException {
        List<String> words = FrenchAnalysis.words(FrenchAnalysis.FOLDED, typed);
        if (words.isEmpty() || words.get(words.size() - 1).length() < 2) {
            return List.of();
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            Set<String> suggestions = new LinkedHashSet<>();
            BooleanQuery.Builder named = new BooleanQuery.Builder();
            words.forEach(word -> named.add(new TermQuery(new Term(CompanyDocuments.NAME_PREFIXES,
                    word.substring(0, Math.min(word.length(), FrenchAnalysis.MAX_PREFIX)))), Occur.MUST));
            TopDocs companies = searcher.search(named.build(), max / 2, new Sort(SortField.FIELD_SCORE,
                    new SortField(CompanyDocuments.NAME_ORDER, SortField.Type.STRING)));
            for (ScoreDoc company : companies.scoreDocs) {
                suggestions.add(CompanyCard.read(searcher.getIndexReader(), company.doc).name());
            }
            int lastWordAt = Math.max(0, typed.lastIndexOf(' ') + 1);
            String before = typed.substring(0, lastWordAt);
            Optional<Query> previous = before.isBlank() ? Optional.empty() : SearchedText.of(before, searcher.getIndexReader());
            for (String word : vocabulary(searcher, words.get(words.size() - 1), 4 * max)) {
                if (suggestions.size() >= max) {
                    break;
                }
                // After other words, only a word that finds companies with them.
                BooleanQuery.Builder together = new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(CompanyDocuments.WORDS, word)), Occur.MUST);
                previous.ifPresent(earlier -> together.add(earlier, Occur.MUST));
                if (previous.isEmpty() || searcher.count(together.build()) > 0) {
                    suggestions.add(before + asWritten(searcher, word));
                }
            }
            return suggestions.stream().limit(max).toList();
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The words of the index beginning with {@code folded}, the most frequent first, one per stem
     * ("aeronautique" and "aeronautiques" are one suggestion), folded.
     */
    private static List<String> vocabulary(IndexSearcher searcher, String folded, int max) throws IOException {
        Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), CompanyDocuments.WORDS);
        if (terms == null) {
            return List.of();
        }
        TermsEnum words = terms.iterator();
        if (words.seekCeil(new BytesRef(folded)) == TermsEnum.SeekStatus.END) {
            return List.of();
        }
        Map<String, Integer> frequency = new HashMap<>();
        Map<String, String> mostFrequentForm = new HashMap<>();
        Map<String, Integer> formFrequency = new HashMap<>();
        int scanned = 0;
        for (BytesRef term = words.term(); term != null && scanned < VOCABULARY_SCANNED; term = words.next(), scanned++) {
            String word = term.utf8ToString();
            if (!word.startsWith(folded)) {
                break;
            }
            String stem = FrenchAnalysis.stem(word);
            int count = words.docFreq();
            frequency.merge(stem, count, Integer::sum);
            if (count > formFrequency.getOrDefault(stem, 0)) {
                formFrequency.put(stem, count);
                mostFrequentForm.put(stem, word);
            }
        }
        return frequency.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(max).map(entry -> mostFrequentForm.get(entry.getKey())).toList();
    }

    /** A folded word as a company holding it writes it, accents kept; the folded word when none shows it. */
    private static String asWritten(IndexSearcher searcher, String folded) throws IOException {
        TopDocs holding = searcher.search(new TermQuery(new Term(CompanyDocuments.WORDS, folded)), 1);
        if (holding.scoreDocs.length == 0) {
            return folded;
        }
        CompanyCard company = CompanyCard.read(searcher.getIndexReader(), holding.scoreDocs[0].doc);
        for (String text : new String[] {company.activity(), company.name(), company.nafLabel(), company.commune()}) {
            if (text != null) {
                for (String written : FrenchAnalysis.words(FrenchAnalysis.WRITTEN, text)) {
                    if (FrenchAnalysis.fold(written).equals(folded)) {
                        return written;
                    }
                }
            }
        }
        return folded;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.rollback(); // closes it without a commit: what was not saved is read again from the log
    }
}
