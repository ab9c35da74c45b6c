package fr.ccibusiness.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompanyIndexTest {

    private static final WordQuery ZINC = word("zinc");

    @Test
    void relevanceShowsTheCompaniesNamedByTheWordsFirstThenTheNewest() {
        CompanyIndex index = CompanyIndex.of(List.of(
                company(1, "Zinc Normand", "couverture"),
                company(2, "Ateliers Morel", "zinc"),
                company(3, "Bardages Huet", "zinc"),
                company(4, "Boulangerie Marie", "pain")));

        assertEquals(List.of("Zinc Normand", "Bardages Huet", "Ateliers Morel"), names(index.search(query("zinc"), ZINC)));
        DirectoryQuery byName = query("zinc");
        byName.setSort(DirectoryQuery.Sort.NAME);
        assertEquals(List.of("Ateliers Morel", "Bardages Huet", "Zinc Normand"), names(index.search(byName, ZINC)));
        assertEquals(List.of("Ateliers Morel", "Bardages Huet", "Boulangerie Marie", "Zinc Normand"),
                names(index.search(query(null), null)), "no words: every company, by name");
    }

    @Test
    void filtersAreThoseOfTheDatabaseSearch() {
        CompanyIndex index = CompanyIndex.of(List.of(
                company(1, "Zinc Normand", "zinc"),
                new CompanyIndex.Entry(hit(2, "Zinc du Havre", "33.11Z"), "76", "76351", Set.of("iso 9001"), Set.of(7L),
                        List.of("zinc", "havr"), List.of("zinc", "havr"))));

        DirectoryQuery filtered = query("zinc");
        filtered.setDepartmentCode("76");
        filtered.setNafCode(" 33.1 ");
        filtered.setCertification("ISO 9001");
        filtered.setCommunityId(7L);
        assertEquals(List.of("Zinc du Havre"), names(index.search(filtered, ZINC)));
        filtered.setNafCode("%");
        assertEquals(List.of(), names(index.search(filtered, ZINC)), "a NAF code is a prefix of characters, no wildcard");
        DirectoryQuery inCaen = query("zinc");
        inCaen.setCommuneCode("14118");
        assertEquals(List.of("Zinc Normand"), names(index.search(inCaen, ZINC)));
    }

    @Test
    void pastAThousandTheResultsAreCountedAndPagedAsInTheDatabase() {
        List<CompanyIndex.Entry> many = new ArrayList<>();
        for (int id = 1; id <= 1_001; id++) {
            many.add(company(id, "Société " + id, "zinc"));
        }
        CompanyIndex index = CompanyIndex.of(many);

        ResultPage<CompanyHit> first = index.search(query("zinc"), ZINC);
        assertTrue(first.isCapped());
        assertEquals(1_001, first.getItems().get(0).getId(), "the newest first");
        DirectoryQuery beyond = query("zinc");
        beyond.setPage(DirectoryQuery.LAST_PAGE);
        ResultPage<CompanyHit> last = index.search(beyond, ZINC);
        assertEquals(49, last.getPage());
        assertEquals(20, last.getItems().size());
        assertEquals(21, last.getItems().get(0).getId(), "980 newer ones on the pages before");
    }

    @Test
    void aChangedCompanyIsFoundByItsNewWordsOnlyAndAnErasedOneNoMore() {
        CompanyIndex index = CompanyIndex.of(List.of(company(1, "Zinc Normand", "zinc"), company(2, "Ateliers Morel", "bois")));

        index.put(company(1, "Menuiserie Normande", "bois"));
        assertEquals(List.of(), names(index.search(query("zinc"), ZINC)));
        assertEquals(List.of("Ateliers Morel", "Menuiserie Normande"), names(index.search(query("bois"), word("bois"))), "the newest first");
        assertEquals(List.of("Ateliers Morel", "Menuiserie Normande"), names(index.search(query(null), null)), "name order kept");

        index.remove(2);
        index.put(company(3, "Zinguerie Leduc", "zinc"));
        assertEquals(List.of("Menuiserie Normande"), names(index.search(query("bois"), word("bois"))));
        assertEquals(List.of("Zinguerie Leduc"), names(index.search(query("zinc"), ZINC)));
        assertEquals(2, index.size());
        assertFalse(index.needsRenumbering());

        index.put(company(0, "Ateliers Leroy", "bois")); // an id older than the others, committed late
        assertTrue(index.needsRenumbering(), "ordinals no longer follow ids");
        CompanyIndex renumbered = index.renumbered();
        assertFalse(renumbered.needsRenumbering());
        assertEquals(List.of("Menuiserie Normande", "Ateliers Leroy"), names(renumbered.search(query("bois"), word("bois"))));
    }

    @Test
    void anEmptyIndexTakesItsFirstCompany() {
        CompanyIndex index = CompanyIndex.of(List.of());
        index.put(company(1, "Zinc Normand", "zinc"));
        assertEquals(List.of("Zinc Normand"), names(index.search(query("zinc"), ZINC)));
    }

    @Test
    void aPagePastTheResultsIsTheLastOne() {
        CompanyIndex index = CompanyIndex.of(List.of(company(1, "Zinc Normand", "zinc")));
        DirectoryQuery far = query("zinc");
        far.setPage(7);
        ResultPage<CompanyHit> page = index.search(far, ZINC);
        assertEquals(0, page.getPage());
        assertEquals(List.of("Zinc Normand"), names(page));
    }

    /** A company in Caen whose name and activity are stemmed as lower-case words. */
    private static CompanyIndex.Entry company(long id, String name, String activity) {
        List<String> nameStems = Arrays.asList(name.toLowerCase(Locale.ROOT).split(" "));
        List<String> stems = new ArrayList<>(nameStems);
        stems.add(activity);
        return new CompanyIndex.Entry(hit(id, name, "25.62B"), "14", "14118", Set.of(), Set.of(), nameStems, List.copyOf(stems));
    }

    private static CompanyHit hit(long id, String name, String naf) {
        return new CompanyHit(new Object[] {id, name, naf, "Mécanique industrielle", "Caen", "14000"});
    }

    private static DirectoryQuery query(String text) {
        DirectoryQuery query = new DirectoryQuery();
        query.setText(text);
        return query;
    }

    private static WordQuery word(String stem) {
        return new WordQuery.Word(stem);
    }

    private static List<String> names(ResultPage<CompanyHit> page) {
        return page.getItems().stream().map(CompanyHit::getLegalName).toList();
    }
}
