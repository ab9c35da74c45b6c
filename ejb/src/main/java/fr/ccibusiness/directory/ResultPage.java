package fr.ccibusiness.directory;

import java.io.Serializable;
import java.util.List;

/** One page of results and how many there are in all. */
public class ResultPage<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<T> items;
    private final long total;
    private final int page;

    public ResultPage(List<T> items, long total, int page) {
        this.items = List.copyOf(items);
        this.total = total;
        this.page = page;
    }

    public List<T> getItems() {
        return items;
    }

    public long getTotal() {
        return total;
    }

    public int getPage() {
        return page;
    }

    public int getPageCount() {
        return (int) ((total + DirectoryQuery.PAGE_SIZE - 1) / DirectoryQuery.PAGE_SIZE);
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public boolean isHasNext() {
        return page + 1 < getPageCount();
    }
}
