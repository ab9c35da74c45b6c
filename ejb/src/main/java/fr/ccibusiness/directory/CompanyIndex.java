package fr.ccibusiness.directory;

import static fr.ccibusiness.directory.CompanyDocuments.CERTIFICATION;
import static fr.ccibusiness.directory.CompanyDocuments.COMMUNITY;
import static fr.ccibusiness.directory.CompanyDocuments.DEPARTMENT;
import static fr.ccibusiness.directory.CompanyDocuments.DIVISION;
import static fr.ccibusiness.directory.CompanyDocuments.FACETS;
import static fr.ccibusiness.directory.CompanyDocuments.SECTION;
import static fr.ccibusiness.directory.CompanyDocuments.WORKFORCE;

import fr.ccibusiness.platform.Html;
import java.io.Closeable;
import java.io.IOException;
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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.DrillSideways.DrillSidewaysResult;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
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

    /** The facets beside the results, in the order shown. */
    static final List<String> FACET_NAMES = List.of(DEPARTMENT, COMMUNITY, SECTION, DIVISION, CERTIFICATION, WORKFORCE);
    /** Values shown per facet, the most frequent first (and the one filtered on, wherever it ranks). */
    private static final int FACET_VALUES = 10;
    /** Excerpts of the activity aim at this many characters, cut at a sentence or a word. */
    private static final int EXCERPT_LENGTH = 180;
    /** Companies handed to a writing thread at a time. */
    private static final int BATCH = 500;
    /** Words of the vocabulary looked at per suggestion: a typed beginning shared by more is rare. */
    private static final int VOCABULARY_SCANNED = 5_000;

    private static final Set<String> SHOWN = Set.of(CompanyDocuments.ID, CompanyDocuments.NAME, CompanyDocuments.NAF_CODE,
            CompanyDocuments.NAF_LABEL, CompanyDocuments.COMMUNE, CompanyDocuments.POSTAL_CODE, CompanyDocuments.COMMUNITIES);

    private final IndexWriter writer;
    private final SearcherManager searchers;

    CompanyIndex(Directory directory) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(CompanyDocuments.ANALYZER)
                .setOpenMode(OpenMode.CREATE)
                .setCommitOnClose(false) // rebuilt from the database at each start: nothing to keep
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

    /** A searcher with the facets' ordinals of its reader; none while no company is indexed. */
    private static final class FacetedSearcher extends IndexSearcher {
        private final SortedSetDocValuesReaderState facets;

        FacetedSearcher(IndexReader reader) throws IOException {
            super(reader);
            setQueryCache(null); // every search computed: a figure met through a cache is not met
            this.facets = reader.numDocs() == 0 ? null : new DefaultSortedSetDocValuesReaderState(reader, FACETS);
        }
    }

    /**
     * Writes every company again, in place of all those written before (published by {@link #publish}).
     * The companies are read on the calling thread (a database's rows) while one thread per core,
     * made by {@code threads}, analyses and writes them: Lucene's writer takes documents from several
     * threads at once.
     */
    void replaceAll(Iterable<CompanyRecord> companies, ThreadFactory threads) throws IOException {
        writer.deleteAll();
        int workers = Runtime.getRuntime().availableProcessors();
        BlockingQueue<List<CompanyRecord>> batches = new ArrayBlockingQueue<>(2 * workers);
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<Thread> writing = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            Thread worker = threads.newThread(() -> {
                try {
                    for (List<CompanyRecord> batch = batches.take(); !batch.isEmpty(); batch = batches.take()) {
                        for (CompanyRecord company : batch) {
                            writer.addDocument(CompanyDocuments.of(company));
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    failure.compareAndSet(null, e);
                    batches.clear(); // the reader is not left waiting for room
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            worker.start();
            writing.add(worker);
        }
        try {
            List<CompanyRecord> batch = new ArrayList<>(BATCH);
            for (CompanyRecord company : companies) {
                batch.add(company);
                if (batch.size() == BATCH && failure.get() == null) {
                    batches.put(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
            if (!batch.isEmpty()) {
                batches.put(batch);
            }
            for (int i = 0; i < workers; i++) {
                batches.put(List.of()); // the end, for each
            }
            for (Thread worker : writing) {
                worker.join();
            }
        } catch (InterruptedException e) {
            writing.forEach(Thread::interrupt);
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while indexing", e);
        }
        if (failure.get() instanceof IOException e) {
            throw e;
        } else if (failure.get() != null) {
            throw (RuntimeException) failure.get();
        }
    }

    void put(CompanyRecord company) throws IOException {
        writer.updateDocument(CompanyDocuments.idTerm(company.id()), CompanyDocuments.of(company));
    }

    void remove(long id) throws IOException {
        writer.deleteDocuments(CompanyDocuments.idTerm(id));
    }

    /** Makes what was written visible to the searches that begin from now on. */
    void publish() throws IOException {
        searchers.maybeRefreshBlocking();
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
            Optional<Query> text = query.hasText() ? SearchedText.of(query.getText()) : Optional.of(new MatchAllDocsQuery());
            if (searcher.facets == null || text.isEmpty()) {
                return CompanyResults.none();
            }
            return search(searcher, query, text.get());
        } finally {
            searchers.release(searcher);
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
        DrillSidewaysResult found = new DrillSideways(searcher, FACETS, searcher.facets)
                .search(drill, null, null, wanted, sort, byRelevance);

        long total = found.hits.totalHits.value;
        int page = Math.min(query.getPage(), ResultPage.lastPage(total));
        ScoreDoc[] all = found.hits.scoreDocs;
        ScoreDoc[] shown = Arrays.copyOfRange(all, Math.min(all.length, page * DirectoryQuery.PAGE_SIZE),
                Math.min(all.length, (page + 1) * DirectoryQuery.PAGE_SIZE));
        List<CompanyHit> hits = hits(searcher, shown, query.hasText() ? SearchedText.highlighted(query.getText()) : null);
        return new CompanyResults(new ResultPage<>(hits, total, page), facets(found.facets, filters));
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
        SortedSetDocValuesReaderState.OrdRange range = searcher.facets.getOrdRange(facet);
        if (range == null) {
            return List.of();
        }
        SortedSetDocValues ordinals = searcher.facets.getDocValues();
        List<String> values = new ArrayList<>();
        for (int ordinal = range.start; ordinal <= range.end; ordinal++) {
            String[] path = FacetsConfig.stringToPath(ordinals.lookupOrd(ordinal).utf8ToString());
            values.add(path[path.length - 1]);
        }
        return values;
    }

    private static List<Facet> facets(Facets counts, Map<String, String> filters) throws IOException {
        List<Facet> facets = new ArrayList<>();
        for (String name : FACET_NAMES) {
            String selected = filters.get(name);
            FacetResult top;
            try {
                top = counts.getTopChildren(FACET_VALUES, name);
            } catch (IllegalArgumentException noCompanyHasIt) {
                top = null;
            }
            List<FacetCount> values = new ArrayList<>();
            if (top != null) {
                Arrays.stream(top.labelValues).forEach(v -> values.add(new FacetCount(v.label, v.label, v.value.longValue(),
                        v.label.equals(selected))));
            }
            if (selected != null && values.stream().noneMatch(FacetCount::selected)) {
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

    private List<CompanyHit> hits(IndexSearcher searcher, ScoreDoc[] shown, Query highlighted) throws IOException {
        int[] docs = Arrays.stream(shown).mapToInt(hit -> hit.doc).toArray();
        String[] names = new String[docs.length];
        String[] excerpts = new String[docs.length];
        if (highlighted != null && docs.length > 0) {
            UnifiedHighlighter whole = UnifiedHighlighter.builder(searcher, CompanyDocuments.ANALYZER)
                    .withBreakIterator(WholeBreakIterator::new).withFormatter(MARKED).build();
            names = whole.highlightFields(new String[] {CompanyDocuments.NAME}, highlighted, docs, new int[] {1})
                    .get(CompanyDocuments.NAME);
            UnifiedHighlighter passages = UnifiedHighlighter.builder(searcher, CompanyDocuments.ANALYZER)
                    .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                            BreakIterator.getWordInstance(Locale.FRENCH), EXCERPT_LENGTH, 0.25f))
                    .withFormatter(MARKED).build();
            excerpts = passages.highlightFields(new String[] {CompanyDocuments.ACTIVITY}, highlighted, docs, new int[] {1})
                    .get(CompanyDocuments.ACTIVITY);
        }
        StoredFields stored = searcher.storedFields();
        List<CompanyHit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            Document doc = stored.document(docs[i], SHOWN);
            String name = doc.get(CompanyDocuments.NAME);
            hits.add(new CompanyHit(Long.parseLong(doc.get(CompanyDocuments.ID)), name,
                    names[i] != null ? names[i] : Html.escape(name), excerpts[i] != null ? excerpts[i] : unmarkedExcerpt(searcher, docs[i]),
                    doc.get(CompanyDocuments.NAF_CODE), doc.get(CompanyDocuments.NAF_LABEL), doc.get(CompanyDocuments.COMMUNE),
                    doc.get(CompanyDocuments.POSTAL_CODE),
                    Arrays.stream(doc.getFields(CompanyDocuments.COMMUNITIES)).map(f -> f.numericValue().longValue()).toList()));
        }
        return hits;
    }

    /** The beginning of the activity, escaped, when no word was searched. */
    private static String unmarkedExcerpt(IndexSearcher searcher, int doc) throws IOException {
        String activity = searcher.storedFields().document(doc, Set.of(CompanyDocuments.ACTIVITY)).get(CompanyDocuments.ACTIVITY);
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
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc company : companies.scoreDocs) {
                suggestions.add(stored.document(company.doc, Set.of(CompanyDocuments.NAME)).get(CompanyDocuments.NAME));
            }
            int lastWordAt = Math.max(0, typed.lastIndexOf(' ') + 1);
            String before = typed.substring(0, lastWordAt);
            Optional<Query> previous = before.isBlank() ? Optional.empty() : SearchedText.of(before);
            for (String word : vocabulary(searcher.getIndexReader(), words.get(words.size() - 1), 4 * max)) {
                if (suggestions.size() >= max) {
                    break;
                }
                // After other words, only a word that finds companies with them.
                BooleanQuery.Builder together = new BooleanQuery.Builder()
                        .add(SearchedText.of(word).orElseThrow(), Occur.MUST);
                previous.ifPresent(earlier -> together.add(earlier, Occur.MUST));
                if (previous.isEmpty() || searcher.count(together.build()) > 0) {
                    suggestions.add(before + word);
                }
            }
            return suggestions.stream().limit(max).toList();
        } finally {
            searchers.release(searcher);
        }
    }

    /** The words of the vocabulary beginning with {@code folded}, the most frequent first, one per stem. */
    private static List<String> vocabulary(IndexReader reader, String folded, int max) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, CompanyDocuments.VOCABULARY);
        if (terms == null) {
            return List.of();
        }
        TermsEnum words = terms.iterator();
        if (words.seekCeil(new BytesRef(folded)) == TermsEnum.SeekStatus.END) {
            return List.of();
        }
        Map<String, Integer> frequency = new HashMap<>();
        Map<String, String> written = new HashMap<>();
        Map<String, Integer> writtenFrequency = new HashMap<>();
        int scanned = 0;
        for (BytesRef term = words.term(); term != null && scanned < VOCABULARY_SCANNED; term = words.next(), scanned++) {
            String foldedWord = FrenchAnalysis.foldedPart(term);
            if (!foldedWord.startsWith(folded)) {
                break;
            }
            String key = FrenchAnalysis.stem(foldedWord); // "aéronautique" and "aéronautiques" are one suggestion
            int count = words.docFreq();
            frequency.merge(key, count, Integer::sum);
            if (count > writtenFrequency.getOrDefault(key, 0)) {
                writtenFrequency.put(key, count);
                written.put(key, FrenchAnalysis.writtenPart(term));
            }
        }
        return frequency.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(max).map(entry -> written.get(entry.getKey())).collect(Collectors.toList());
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.rollback(); // closes it without a commit
    }
}
