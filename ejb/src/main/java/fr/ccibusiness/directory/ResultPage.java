package fr.ccibusiness.directory;

import java.io.Serializable;
import java.util.List;

/**
 * One page of results and how many there are in all, counted up to {@link #MAX_RESULTS}: past that,
 * a search says "more than 1,000" and asks to be narrowed, as nobody reads further pages.
 */
public class ResultPage<T> implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_RESULTS = 1_000;

    private final List<T> items;
    private final long total;
    private final int page;

    /** Results are counted up to one more than are shown: "more than 1,000" needs no more. */
    static final int COUNT_LIMIT = MAX_RESULTS + 1;

    /** The SQL counting the rows of {@code fromWhere} ("FROM … WHERE …") up to {@link #COUNT_LIMIT}. */
    static String countSql(String fromWhere) {
        return "SELECT count(*) FROM (SELECT 1 " + fromWhere + " LIMIT " + COUNT_LIMIT + ") counted";
    }

    /** No results: what a page shows before any search ran. */
    public static <T> ResultPage<T> none() {
        return new ResultPage<>(List.of(), 0, 0);
    }

    /** The index of the last page holding some of {@code total} results (0 when there are none). */
    static int lastPage(long total) {
        return (int) Math.max(0, (Math.min(total, MAX_RESULTS) - 1) / DirectoryQuery.PAGE_SIZE);
    }

    public ResultPage(List<T> items, long total, int page) {
        this.items = List.copyOf(items);
        this.total = total;
        this.page = page;
    }

    public List<T> getItems() {
        return items;
    }

    /** The number of results, or {@link #MAX_RESULTS} when there are more. */
    public long getTotal() {
        return Math.min(total, MAX_RESULTS);
    }

    /** More results than are counted and shown: the search should be narrowed. */
    public boolean isCapped() {
        return total > MAX_RESULTS;
    }

    public int getPage() {
        return page;
    }

    public int getPageCount() {
        return (int) ((getTotal() + DirectoryQuery.PAGE_SIZE - 1) / DirectoryQuery.PAGE_SIZE);
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public boolean isHasNext() {
        return page + 1 < getPageCount();
    }
}
