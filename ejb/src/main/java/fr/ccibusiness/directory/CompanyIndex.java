package fr.ccibusiness.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntBinaryOperator;
import java.util.function.Predicate;

/**
 * The companies of the directory in memory, with the stems of their names and of their whole records,
 * searched as {@link CompanySearch} searches the database and in the same orders, without reading a
 * row: a search costs a few set operations on bit sets, not thousands of rows read and counted.
 * <p>
 * Each company has an ordinal, given in the order of ids, so that "newest first" is a walk down the
 * ordinals. Not thread-safe: {@link DirectoryIndex} guards it.
 */
final class CompanyIndex {

    /** What the directory searches and shows of a company; certifications in lower case. */
    record Entry(CompanyHit hit, String departmentCode, String communeCode, Set<String> certifications,
                 Set<Long> communities, List<String> nameStems, List<String> stems) {

        long id() {
            return hit.getId();
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<Long, Integer> ordinals = new HashMap<>();
    private final BitSet present = new BitSet();
    private final Facet<String> nameStems = new Facet<>();
    private final Facet<String> stems = new Facet<>();
    private final Facet<String> departments = new Facet<>();
    private final Facet<String> communes = new Facet<>();
    private final Facet<String> nafCodes = new Facet<>();
    private final Facet<String> certifications = new Facet<>();
    private final Facet<Long> communities = new Facet<>();
    /**
     * The ordinals of present companies in name order: by UTF-16 code units, which is the order of
     * the C collation {@link CompanySearch} sorts with, then id.
     */
    private final Postings byName = new Postings();
    /** False once a company came in with an id lower than another's: ordinals no longer follow ids. */
    private boolean inIdOrder = true;

    /** An index of companies given in ascending id order, as a whole load reads them. */
    static CompanyIndex of(List<Entry> companies) {
        CompanyIndex index = new CompanyIndex();
        companies.forEach(entry -> index.list(entry, null));
        index.present.stream().boxed().sorted(index::compareNames).forEach(ordinal -> index.byName.insertAt(index.byName.size, ordinal));
        return index;
    }

    int size() {
        return present.cardinality();
    }

    /**
     * A company came in after a newer one (two created at once, committed in the other order): until
     * the companies are numbered again, "newest first" puts it a place too low.
     */
    boolean needsRenumbering() {
        return !inIdOrder;
    }

    /** The same companies, numbered in the order of their ids again. */
    CompanyIndex renumbered() {
        return of(present.stream().mapToObj(entries::get).sorted(Comparator.comparingLong(Entry::id)).toList());
    }

    /** Adds a company, or replaces what is known of it. */
    void put(Entry entry) {
        Integer known = ordinals.get(entry.id());
        if (known != null && present.get(known)) {
            unlist(known);
        }
        int ordinal = list(entry, known);
        byName.insertAt(byName.position(ordinal, this::compareNames), ordinal);
    }

    /** Files a company, with a new ordinal unless it had one; gives the ordinal. */
    private int list(Entry entry, Integer known) {
        int ordinal;
        if (known == null) {
            ordinal = entries.size();
            inIdOrder &= entries.isEmpty() || entries.get(ordinal - 1).id() < entry.id();
            entries.add(entry);
            ordinals.put(entry.id(), ordinal);
        } else {
            ordinal = known;
            entries.set(ordinal, entry);
        }
        present.set(ordinal);
        file(entry, ordinal, true);
        return ordinal;
    }

    /** Files a company under (or takes it out of) the values of every field searched. */
    private void file(Entry entry, int ordinal, boolean in) {
        entry.nameStems().forEach(stem -> nameStems.file(stem, ordinal, in));
        entry.stems().forEach(stem -> stems.file(stem, ordinal, in));
        departments.file(entry.departmentCode(), ordinal, in);
        communes.file(entry.communeCode(), ordinal, in);
        nafCodes.file(entry.hit().getNafCode(), ordinal, in);
        entry.certifications().forEach(certification -> certifications.file(certification, ordinal, in));
        entry.communities().forEach(community -> communities.file(community, ordinal, in));
    }

    /** Forgets a company (erased); nothing happens for one not known. */
    void remove(long id) {
        Integer ordinal = ordinals.get(id);
        if (ordinal != null && present.get(ordinal)) {
            unlist(ordinal);
            present.clear(ordinal);
        }
    }

    private void unlist(int ordinal) {
        file(entries.get(ordinal), ordinal, false);
        byName.removeAt(byName.position(ordinal, this::compareNames)); // the old entry still gives its place
    }

    private int compareNames(int left, int right) {
        int byLegalName = entries.get(left).hit().getLegalName().compareTo(entries.get(right).hit().getLegalName());
        return byLegalName != 0 ? byLegalName : Long.compare(entries.get(left).id(), entries.get(right).id());
    }

    /**
     * A page of results, all counted: by relevance, the companies whose name holds the words first,
     * then the others, newest first in each group; by name, or without words, in name order.
     */
    ResultPage<CompanyHit> search(DirectoryQuery query, WordQuery words) {
        BitSet scope = (BitSet) present.clone();
        if (DirectoryQuery.filled(query.getDepartmentCode())) {
            departments.restrict(scope, query.getDepartmentCode());
        }
        if (DirectoryQuery.filled(query.getCommuneCode())) {
            communes.restrict(scope, query.getCommuneCode());
        }
        if (DirectoryQuery.filled(query.getNafCode())) {
            // A prefix of characters, as the database's LIKE with '%' and '_' escaped.
            String prefix = query.getNafCode().strip().toUpperCase(Locale.ROOT);
            nafCodes.restrict(scope, code -> code.startsWith(prefix));
        }
        if (DirectoryQuery.filled(query.getCertification())) {
            certifications.restrict(scope, query.getCertification().strip().toLowerCase(Locale.ROOT));
        }
        if (query.getCommunityId() != null) {
            communities.restrict(scope, query.getCommunityId());
        }
        BitSet matches = query.hasText() ? words.matches(stems::mark, scope) : scope;
        int total = matches.cardinality();
        int page = Math.min(query.getPage(), ResultPage.lastPage(total));
        Page hits = new Page(page * DirectoryQuery.PAGE_SIZE);
        if (!query.hasText() || query.getSort() == DirectoryQuery.Sort.NAME) {
            inNameOrder(matches, total, hits);
        } else {
            BitSet named = words.matches(nameStems::mark, matches);
            BitSet others = (BitSet) matches.clone();
            others.andNot(named);
            newestFirst(named, hits);
            newestFirst(others, hits);
        }
        return new ResultPage<>(hits.hits, total, page);
    }

    /**
     * Matches are sorted, or picked out walking all companies in name order, whichever costs less: a
     * walk tests about {@code size / total} companies per result up to the page's last; a sort
     * compares names, some ten times the cost of a test, {@code total × log total} times.
     */
    private void inNameOrder(BitSet matches, int total, Page hits) {
        double walked = (double) (hits.skip + DirectoryQuery.PAGE_SIZE) * size() / Math.max(1, total);
        double sorted = 10.0 * total * (1 + Math.log(1 + total) / Math.log(2));
        if (sorted < walked) {
            matches.stream().boxed().sorted(this::compareNames).takeWhile(ordinal -> !hits.isFull()).forEach(hits::offer);
        } else {
            for (int at = 0; at < byName.size && !hits.isFull(); at++) {
                if (matches.get(byName.values[at])) {
                    hits.offer(byName.values[at]);
                }
            }
        }
    }

    private void newestFirst(BitSet group, Page hits) {
        for (int ordinal = group.length() - 1; ordinal >= 0 && !hits.isFull(); ordinal = group.previousSetBit(ordinal - 1)) {
            hits.offer(ordinal);
        }
    }

    /** The page being filled: the results offered past the earlier pages' ones. */
    private final class Page {
        private final List<CompanyHit> hits = new ArrayList<>(DirectoryQuery.PAGE_SIZE);
        private int skip;

        Page(int offset) {
            this.skip = offset;
        }

        void offer(int ordinal) {
            if (skip > 0) {
                skip--;
            } else {
                hits.add(entries.get(ordinal).hit());
            }
        }

        boolean isFull() {
            return hits.size() == DirectoryQuery.PAGE_SIZE;
        }
    }

    /** The companies by each value of one of their fields: a filter, or a stem, is a set of ordinals. */
    private static final class Facet<K> {
        private final Map<K, Postings> byValue = new HashMap<>();

        void file(K value, int ordinal, boolean in) {
            if (in) {
                byValue.computeIfAbsent(value, v -> new Postings()).add(ordinal);
            } else {
                byValue.get(value).remove(ordinal);
            }
        }

        /** Sets, in {@code into}, the ordinals of the companies having {@code value}. */
        void mark(K value, BitSet into) {
            Postings postings = byValue.get(value);
            if (postings != null) {
                postings.mark(into);
            }
        }

        /** Keeps in {@code scope} the companies having {@code value}. */
        void restrict(BitSet scope, K value) {
            BitSet having = new BitSet(scope.length());
            mark(value, having);
            scope.and(having);
        }

        /** Keeps in {@code scope} the companies having a value {@code accepted}. */
        void restrict(BitSet scope, Predicate<K> accepted) {
            BitSet having = new BitSet(scope.length());
            byValue.forEach((value, postings) -> {
                if (accepted.test(value)) {
                    postings.mark(having);
                }
            });
            scope.and(having);
        }
    }

    /** Ordinals in an order of their own: ascending for a stem's, by name for {@link #byName}. */
    private static final class Postings {
        private int[] values = new int[1];
        private int size;

        /** Adds an ordinal of a stem's: at the end for a new company, in place for a changed one. */
        void add(int ordinal) {
            int at = Arrays.binarySearch(values, 0, size, ordinal);
            if (at < 0) {
                insertAt(-at - 1, ordinal);
            }
        }

        void remove(int ordinal) {
            int at = Arrays.binarySearch(values, 0, size, ordinal);
            if (at >= 0) {
                removeAt(at);
            }
        }

        /** Where {@code value} goes among the values sorted by {@code order}. */
        int position(int value, IntBinaryOperator order) {
            int low = 0;
            int high = size;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (order.applyAsInt(values[middle], value) < 0) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }

        void insertAt(int at, int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            System.arraycopy(values, at, values, at + 1, size - at);
            values[at] = value;
            size++;
        }

        void removeAt(int at) {
            System.arraycopy(values, at + 1, values, at, size - at - 1);
            size--;
        }

        void mark(BitSet into) {
            for (int at = 0; at < size; at++) {
                into.set(values[at]);
            }
        }
    }
}
