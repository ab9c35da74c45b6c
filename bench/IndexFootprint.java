package fr.ccibusiness.directory;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.store.FSDirectory;

/**
 * The directory's Lucene index built as the platform builds it (same classes, a memory-mapped folder),
 * from the companies bench/index-footprint.sh exported from the database: how long indexing takes, how
 * big the index is on disk, and how much Java heap it holds once built and searched (live heap after a
 * full collection, with the index open, minus the same without it).
 * Usage: java -cp … fr.ccibusiness.directory.IndexFootprint companies.tsv
 */
public final class IndexFootprint {

    private IndexFootprint() {
    }

    public static void main(String[] args) throws IOException {
        List<CompanyRecord> companies = read(Path.of(args[0]));
        Path folder = Files.createTempDirectory("directory-index");
        long before = liveHeap();

        CompanyIndex index = new CompanyIndex(FSDirectory.open(folder));
        long[] first = indexAll(index, companies); // a cold virtual machine, as when the platform starts
        long[] again = indexAll(index, companies); // compiled by now, as a re-indexing while it runs

        DirectoryQuery query = new DirectoryQuery();
        query.setText("usinage aero");
        query.setDepartmentCode("14");
        int found = (int) index.search(query).page().getTotal();
        long with = liveHeap();
        int read = companies.size(); // the companies stay reachable until both heaps are measured
        System.out.printf("%d companies indexed in %d ms (analysed and buffered in %d ms, then flushed and opened),"
                + " without reading the database; again: %d ms (%d + %d)%n", index.size(), first[0] + first[1], first[0],
                again[0] + again[1], again[0], again[1]);
        System.out.printf("index on disk (memory-mapped, outside the heap): %.1f MB%n", size(folder) / 1e6);
        System.out.printf("heap held by the open index (readers, facet ordinals, writer): %.1f MB%n", (with - before) / 1e6);
        System.out.printf("(%d companies read; a search for \"usinage aero\" in department 14 finds %d)%n", read, found);
        index.close();
        delete(folder);
    }

    /** Indexes every company in place of those indexed: milliseconds analysing and buffering, then flushing and opening. */
    private static long[] indexAll(CompanyIndex index, List<CompanyRecord> companies) throws IOException {
        long start = System.nanoTime();
        index.replaceAll(companies, Thread::new);
        long analysed = System.nanoTime();
        index.publish();
        return new long[] {(analysed - start) / 1_000_000, (System.nanoTime() - analysed) / 1_000_000};
    }

    private static List<CompanyRecord> read(Path tsv) throws IOException {
        List<CompanyRecord> companies = new ArrayList<>();
        for (String line : Files.readAllLines(tsv)) {
            String[] f = line.split("\t", -1);
            companies.add(new CompanyRecord(Long.parseLong(f[0]), f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], blank(f[9]),
                    blank(f[10]), blank(f[11]), blank(f[12]), list(f[13]),
                    list(f[14]).stream().map(Long::valueOf).toList()));
        }
        return companies;
    }

    private static String blank(String value) {
        return value.isEmpty() ? null : value;
    }

    private static List<String> list(String value) {
        return value.isEmpty() ? List.of() : Arrays.asList(value.split("\\|"));
    }

    private static long liveHeap() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
