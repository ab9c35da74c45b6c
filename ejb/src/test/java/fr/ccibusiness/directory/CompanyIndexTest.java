package fr.ccibusiness.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The directory's Lucene index over a fixed set of companies: analysis (prefixes, typos, accents,
 * plurals, NAF labels, communes), a judged set of queries, facets, highlighting, suggestions.
 */
class CompanyIndexTest {

    private static CompanyIndex index;

    @BeforeAll
    static void indexCompanies() throws IOException {
        index = new CompanyIndex(new ByteBuffersDirectory());
        index.replaceAll(Companies.ALL, Thread::new);
        index.publish();
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void aWordBeingTypedFindsTheWordsItBegins() {
        assertTop("aerost", Companies.AEROSTRUCTURES);
        assertTop("Aérostru", Companies.AEROSTRUCTURES);
        assertEquals(List.of(Companies.MAINTENANCE_AERO, Companies.AEROSTRUCTURES), ids("aéro").subList(0, 2),
                "the whole word first, then the word it begins");
        assertTop("chaudr", Companies.CHAUDRONNERIE);
    }

    @Test
    void oneTypoInALongWordIsForgiven() {
        assertTop("mecanqiue", Companies.USINAGE);
        assertTop("chaudronerie", Companies.CHAUDRONNERIE);
        assertTrue(ids("usna").isEmpty(), "no typo forgiven in a word of four letters");
    }

    @Test
    void accentsCaseAndPluralsDoNotMatter() {
        assertTop("MECANIQUES", Companies.USINAGE);
        assertTop("fromages", Companies.FROMAGERIE);
        assertTop("électriques", Companies.ELECTRICITE);
    }

    @Test
    void theNafLabelTheCommuneAndTheCodesAreSearched() {
        assertTop("décolletage", Companies.DECOLLETAGE);
        assertTop("Cherbourg", Companies.AEROSTRUCTURES);
        assertEquals(List.of(Companies.DECOLLETAGE, Companies.USINAGE), ids("25.62"), "both codes of the class, newest first");
        assertTop("25.62B", Companies.USINAGE);
        assertTop("25.62A", Companies.DECOLLETAGE);
        assertEquals(List.of(Companies.BOULANGERIE, Companies.USINAGE), ids("14000"), "not ISO 14001: no typo in numbers");
        assertEquals(Companies.ALL.stream().filter(c -> c.departmentCode().equals("14")).count(), ids("Calvados").size(),
                "the department's name");
    }

    /** Each query of the judged set, with the companies that must be among its first five results. */
    private static final Map<String, List<Long>> JUDGED = Map.ofEntries(
            Map.entry("aero", List.of(Companies.AEROSTRUCTURES, Companies.MAINTENANCE_AERO)),
            Map.entry("aéronautique", List.of(Companies.AEROSTRUCTURES, Companies.USINAGE)),
            Map.entry("aeronautiqe", List.of(Companies.AEROSTRUCTURES)),
            Map.entry("usinage", List.of(Companies.USINAGE, Companies.DECOLLETAGE)),
            Map.entry("usinages", List.of(Companies.USINAGE)),
            Map.entry("usin", List.of(Companies.USINAGE)),
            Map.entry("fraisage 5 axes", List.of(Companies.USINAGE)),
            Map.entry("soudure", List.of(Companies.CHAUDRONNERIE)),
            Map.entry("soudur", List.of(Companies.CHAUDRONNERIE)),
            Map.entry("tolerie", List.of(Companies.CHAUDRONNERIE)),
            Map.entry("boulangerie", List.of(Companies.BOULANGERIE)),
            Map.entry("boulangeries caen", List.of(Companies.BOULANGERIE)),
            Map.entry("patisserie", List.of(Companies.BOULANGERIE)),
            Map.entry("logiciel", List.of(Companies.LOGICIELS)),
            Map.entry("logiciels web", List.of(Companies.LOGICIELS)),
            Map.entry("programmation", List.of(Companies.LOGICIELS)),
            Map.entry("transport frigorifique", List.of(Companies.TRANSPORTS)),
            Map.entry("transports rouen", List.of(Companies.TRANSPORTS)),
            Map.entry("camembert", List.of(Companies.FROMAGERIE)),
            Map.entry("fromage", List.of(Companies.FROMAGERIE)),
            Map.entry("lait", List.of(Companies.FROMAGERIE)),
            Map.entry("electricite", List.of(Companies.ELECTRICITE)),
            Map.entry("electricien", List.of(Companies.ELECTRICITE)),
            Map.entry("installation electrique", List.of(Companies.ELECTRICITE)),
            Map.entry("charpente", List.of(Companies.CHARPENTE)),
            Map.entry("charpentes bois", List.of(Companies.CHARPENTE)),
            Map.entry("menuiseries", List.of(Companies.CHARPENTE)),
            Map.entry("maintenance aeronefs", List.of(Companies.MAINTENANCE_AERO)),
            Map.entry("ingenierie", List.of(Companies.INGENIERIE)),
            Map.entry("bureau d'études", List.of(Companies.INGENIERIE)),
            Map.entry("etudes techniques", List.of(Companies.INGENIERIE)),
            Map.entry("restau", List.of(Companies.RESTAURANT)),
            Map.entry("restauration traditionelle", List.of(Companies.RESTAURANT)),
            Map.entry("\"structures métalliques\"", List.of(Companies.CHAUDRONNERIE)),
            Map.entry("usinage -décolletage", List.of(Companies.USINAGE)),
            Map.entry("iso 14001", List.of(Companies.CHAUDRONNERIE)),
            Map.entry("en 9100", List.of(Companies.AEROSTRUCTURES, Companies.USINAGE)),
            Map.entry("saint-lo", List.of(Companies.ELECTRICITE)),
            Map.entry("evreux", List.of(Companies.LOGICIELS)),
            Map.entry("manche", List.of(Companies.AEROSTRUCTURES, Companies.CHARPENTE)));

    @Test
    void theJudgedQueriesFindTheirCompaniesInTheFirstFive() {
        List<String> failures = new ArrayList<>();
        JUDGED.forEach((text, expected) -> {
            List<Long> firstFive = ids(text).stream().limit(5).toList();
            if (!firstFive.containsAll(expected)) {
                failures.add(text + " → " + firstFive + ", expected " + expected);
            }
        });
        assertTrue(JUDGED.size() >= 30);
        assertEquals(List.of(), failures);
    }

    @Test
    void aFilterNarrowsTheWords() {
        assertEquals(List.of(Companies.BOULANGERIE), ids("boulangerie", q -> q.setDepartmentCode("14")));
        assertEquals(List.of(), ids("boulangerie", q -> q.setDepartmentCode("76")));
        assertEquals(List.of(), ids("usinage", q -> q.setNafCode("x".repeat(40_000))), "an over-long filter finds nothing");
        assertEquals(List.of(), ids("usinage", q -> q.setNafCode("25.62BB")), "cut past its longest value, still too long");
        assertEquals(List.of(Companies.USINAGE), ids("usinage", q -> q.setNafCode("25.62b")));
        assertEquals(List.of(Companies.AEROSTRUCTURES, Companies.USINAGE),
                ids("", q -> q.setCertification("en 9100")), "a certification whatever its case, in name order");
    }

    @Test
    void theNameWeighsMoreThanTheRestThenTheNewestComesFirst() {
        List<Long> found = ids("zinguerie");
        assertEquals(List.of(Companies.ZINGUERIE, Companies.BARDAGE, Companies.COUVERTURE), found);
    }

    @Test
    void facetsCountAllTheResultsAndAFilteredFacetStillShowsItsOtherValues() throws IOException {
        DirectoryQuery query = new DirectoryQuery();
        CompanyResults all = index.search(query);
        assertEquals(Companies.ALL.size(), all.page().getTotal());
        Map<String, Long> departments = counts(all, CompanyDocuments.DEPARTMENT);
        assertEquals(Companies.ALL.stream().filter(c -> c.departmentCode().equals("14")).count(), departments.get("14"));

        query.setDepartmentCode("14");
        CompanyResults caen = index.search(query);
        assertEquals(departments.get("14"), caen.page().getTotal(), "the facet counted what the filter shows");
        assertEquals(departments, counts(caen, CompanyDocuments.DEPARTMENT), "sideways: the other departments still counted");
        assertTrue(caen.facets().stream().filter(f -> f.getName().equals(CompanyDocuments.DEPARTMENT)).findFirst().orElseThrow().isFiltered());
        long inCaenCertified = counts(caen, CompanyDocuments.CERTIFICATION).get("EN 9100");
        query.setCertification("EN 9100");
        assertEquals(inCaenCertified, index.search(query).page().getTotal());

        DirectoryQuery bySection = new DirectoryQuery();
        bySection.setNafSection("C");
        assertEquals(counts(all, CompanyDocuments.SECTION).get("C"), index.search(bySection).page().getTotal());
    }

    @Test
    void matchedWordsAreMarkedAndTheRestEscaped() throws IOException {
        CompanyHit hit = index.search(query("aerostr assemblages")).page().getItems().get(0);
        assertEquals("<mark>Aérostructures</mark> du Cotentin", hit.getNameHtml());
        assertTrue(hit.getExcerptHtml().startsWith("<mark>Assemblage</mark> de sous-ensembles"), hit.getExcerptHtml());

        CompanyHit hostile = index.search(query("script")).page().getItems().get(0);
        assertFalse(hostile.getNameHtml().contains("<script"), hostile.getNameHtml());
        assertTrue(hostile.getNameHtml().contains("&lt;"), hostile.getNameHtml());
        assertFalse(hostile.getExcerptHtml().contains("<img"), hostile.getExcerptHtml());
    }

    @Test
    void aWordFoundWithATypoIsMarkedAsWritten() throws IOException {
        CompanyHit hit = index.search(query("lefevvre precisoin")).page().getItems().get(0);
        assertEquals("Usinage <mark>Lefèvre</mark>", hit.getNameHtml());
        assertTrue(hit.getExcerptHtml().contains("<mark>précision</mark>"), hit.getExcerptHtml());
    }

    @Test
    void suggestionsOfferNamesThenWordsAsWritten() throws IOException {
        List<String> suggestions = index.suggest("aero", 8);
        assertEquals(List.of("Aéro Services Normandie", "Aérostructures du Cotentin"), suggestions.subList(0, 2));
        assertTrue(suggestions.contains("aéronautique"), suggestions.toString());
        assertTrue(index.suggest("maintenance aer", 8).contains("maintenance aéronefs"), index.suggest("maintenance aer", 8).toString());
        assertFalse(index.suggest("maintenance aer", 8).contains("maintenance aéronautique"), "only words found with the others");
        assertEquals(1, suggestions.stream().filter(s -> s.startsWith("aéronautique")).count(), "one suggestion per stem");
        assertEquals(List.of(), index.suggest("a", 8), "one letter suggests nothing");
    }

    @Test
    void aChangeIsSeenOncePublishedAndAnErasedCompanyIsGone() throws IOException {
        CompanyIndex changing = new CompanyIndex(new ByteBuffersDirectory());
        changing.replaceAll(Companies.ALL, Thread::new);
        changing.publish();
        CompanyRecord renamed = Companies.copy(Companies.BOULANGERIE, Companies.BOULANGERIE, "Pâtisserie Quillet");
        changing.put(renamed);
        assertEquals(List.of(Companies.BOULANGERIE), ids(changing, "hebert"), "not yet published");
        changing.publish();
        assertEquals(List.of(Companies.BOULANGERIE), ids(changing, "quillet"));
        assertEquals(List.of(), ids(changing, "hebert"));
        changing.remove(Companies.BOULANGERIE);
        changing.publish();
        assertEquals(List.of(), ids(changing, "quillet"));
        assertEquals(Companies.ALL.size() - 1, changing.size());
        changing.close();
    }

    @Test
    void aSavedIndexIsReadAgainWithItsPositionAndWhatWasNotSavedIsNot() throws IOException {
        ByteBuffersDirectory disk = new ByteBuffersDirectory();
        CompanyIndex first = new CompanyIndex(disk);
        assertEquals(Map.of(), first.saved(), "nothing saved yet");
        first.replaceAll(Companies.ALL, Thread::new);
        first.save(Map.of("snapshot", "100:100:"));
        first.put(Companies.copy(Companies.BOULANGERIE, Companies.BOULANGERIE, "Pâtisserie Quillet"));
        first.publish();
        first.close();

        CompanyIndex again = new CompanyIndex(disk);
        again.publish();
        assertEquals(Map.of("snapshot", "100:100:"), again.saved());
        assertEquals(Companies.ALL.size(), again.size());
        assertEquals(List.of(Companies.BOULANGERIE), ids(again, "hebert"), "the change made after the save is not on disk");
        assertEquals(List.of(), ids(again, "quillet"));
        again.close();
    }

    @Test
    void theFormatNamesLuceneAndIsTheSameEachTimeItIsComputed() {
        assertTrue(CompanyDocuments.FORMAT.matches("lucene 9\\.12\\.\\d+ [0-9a-f]{64}"), CompanyDocuments.FORMAT);
        assertEquals(CompanyDocuments.FORMAT, CompanyDocuments.format(), "a start reads what the start before saved");
    }

    @Test
    void pagesStopAtTheThousandthResult() throws IOException {
        CompanyIndex many = new CompanyIndex(new ByteBuffersDirectory());
        many.replaceAll(IntStream.rangeClosed(1, 1_050).mapToObj(id -> Companies.copy(Companies.USINAGE, id, "Usinage " + id)).toList(), Thread::new);
        many.publish();
        DirectoryQuery query = query("usinage");
        query.setPage(80);
        ResultPage<CompanyHit> last = many.search(query).page();
        assertTrue(last.isCapped());
        assertEquals(49, last.getPage());
        assertEquals(20, last.getItems().size());
        many.close();
    }

    private static Map<String, Long> counts(CompanyResults results, String facet) {
        return results.facets().stream().filter(f -> f.getName().equals(facet)).findFirst().orElseThrow().getValues().stream()
                .collect(Collectors.toMap(FacetCount::getValue, FacetCount::getCount));
    }

    private static void assertTop(String text, long expected) {
        List<Long> found = ids(text);
        assertFalse(found.isEmpty(), text + " finds nothing");
        assertEquals(expected, found.get(0), text + " → " + found);
    }

    private static List<Long> ids(String text) {
        return ids(text, q -> { });
    }

    private static List<Long> ids(String text, Consumer<DirectoryQuery> filters) {
        DirectoryQuery query = query(text);
        filters.accept(query);
        try {
            return index.search(query).page().getItems().stream().map(CompanyHit::getId).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<Long> ids(CompanyIndex other, String text) throws IOException {
        return other.search(query(text)).page().getItems().stream().map(CompanyHit::getId).toList();
    }

    private static DirectoryQuery query(String text) {
        DirectoryQuery query = new DirectoryQuery();
        query.setText(text);
        return query;
    }
}
