package fr.ccibusiness.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultPageTest {

    @Test
    void resultsAreCountedUpToAThousand() {
        ResultPage<String> exact = new ResultPage<>(List.of("a"), 1_000, 0);
        assertEquals(1_000, exact.getTotal());
        assertFalse(exact.isCapped());
        assertEquals(50, exact.getPageCount());

        ResultPage<String> more = new ResultPage<>(List.of("a"), 1_001, 0);
        assertEquals(1_000, more.getTotal());
        assertTrue(more.isCapped(), "more than a thousand: the search should be narrowed");
        assertEquals(50, more.getPageCount());
    }

    @Test
    void theLastPageHasNoNext() {
        ResultPage<String> last = new ResultPage<>(List.of("a"), 1_001, 49);
        assertTrue(last.isHasPrevious());
        assertFalse(last.isHasNext());
        assertTrue(new ResultPage<>(List.of("a"), 41, 1).isHasNext());
        assertFalse(new ResultPage<>(List.of(), 0, 0).isHasNext());
    }

    @Test
    void theLastPageIsTheOneHoldingTheLastResultShown() {
        assertEquals(0, ResultPage.lastPage(0));
        assertEquals(0, ResultPage.lastPage(20));
        assertEquals(1, ResultPage.lastPage(21));
        assertEquals(49, ResultPage.lastPage(1_001));
    }

    @Test
    void noPageIsAskedPastTheResultsShown() {
        DirectoryQuery query = new DirectoryQuery();
        query.setPage(70);
        assertEquals(49, query.getPage());
        query.setPage(-3);
        assertEquals(0, query.getPage());
    }
}
