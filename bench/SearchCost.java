package fr.ccibusiness.directory;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * What a directory search costs Lucene alone, on one thread: the platform's own classes over a copy of
 * the server's saved index (bench/search-cost.sh makes it), the searches of bench/directory-benchmark.sh's
 * long tail (query strings, each used once), in rounds of 3,000; the first round warms the virtual machine.
 * With "merged", the copy is first merged into one segment, as the platform merges it after a full indexing.
 * Usage: java -cp … fr.ccibusiness.directory.SearchCost index-folder searches.txt [merged]
 */
public final class SearchCost {

    private static final int ROUND = 3_000;

    private SearchCost() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        List<String> searches = Files.readAllLines(Path.of(args[1]));
        if (args.length > 2 && args[2].equals("merged")) {
            long start = System.nanoTime();
            try (IndexWriter writer = new IndexWriter(FSDirectory.open(folder), new IndexWriterConfig(CompanyDocuments.ANALYZER))) {
                writer.forceMerge(1);
                writer.commit();
            }
            System.out.printf("merged into one segment in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        }
        CompanyIndex index = new CompanyIndex(FSDirectory.open(folder));
        index.publish();
        for (int round = 0; round < 4 && (round + 1) * ROUND <= searches.size(); round++) {
            long start = System.nanoTime();
            long found = 0;
            for (String search : searches.subList(round * ROUND, (round + 1) * ROUND)) {
                found += index.search(query(search)).page().getTotal();
            }
            System.out.printf("round %d: %.2f ms a search (%d searches, %d companies found in all)%n", round + 1,
                    (System.nanoTime() - start) / 1e6 / ROUND, ROUND, found);
        }
        index.close();
    }

    /** A search as the directory's address gives it: q, department, section, certification, sort, page. */
    private static DirectoryQuery query(String address) {
        DirectoryQuery query = new DirectoryQuery();
        for (String pair : address.split("&")) {
            String[] parameter = pair.split("=", 2);
            String value = URLDecoder.decode(parameter[1], StandardCharsets.UTF_8);
            switch (parameter[0]) {
                case "q" -> query.setText(value);
                case "department" -> query.setDepartmentCode(value);
                case "section" -> query.setNafSection(value);
                case "certification" -> query.setCertification(value);
                case "sort" -> query.setSort(DirectoryQuery.Sort.valueOf(value));
                case "page" -> query.setPage(Integer.parseInt(value));
                default -> throw new IllegalArgumentException("Unknown parameter " + parameter[0]);
            }
        }
        return query;
    }
}
