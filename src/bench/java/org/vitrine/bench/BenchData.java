package org.vitrine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The benchmark's input: a deterministic synthetic forecast written as buyers' files (same seed,
 * byte-identical files). Rows are spread unevenly — a few buyers with thousands of rows, many with a
 * handful — and the files are 70 % xlsx, 15 % csv, 15 % ods. Each file is streamed, so memory stays
 * bounded whatever N. The buyer is named in an {@code Acheteur} column ("Acheteur 00001"): unknown to
 * buyers.yaml, hence accepted with a warning. About 3 % of rows are faulty, about 2 % duplicates.
 */
public final class BenchData {

    /** Distinct CPV classes the needs fall in. */
    static final int MARKETS = 300;
    /** Rows past Excel's sheet limit would not be a real file. */
    private static final int MAX_ROWS = 1_048_575;

    private BenchData() {
    }

    /** The format of buyer i (0-based): 14 in 20 xlsx, 3 csv, 3 ods. */
    static String extension(int buyer) {
        int k = buyer % 20;
        return k < 14 ? "xlsx" : k < 17 ? "csv" : "ods";
    }

    /** Writes the files into dir (created if needed) and returns them in buyer order. */
    public static List<Path> write(Path dir, int needs, int buyers, long seed) throws IOException {
        if (needs < 0 || buyers < 1) {
            throw new IllegalArgumentException("needs >= 0 and buyers >= 1 required");
        }
        Files.createDirectories(dir);
        SplittableRandom root = new SplittableRandom(seed);
        BenchRows rows = new BenchRows(BenchMarkets.pick(MARKETS, root.split()));
        int[] counts = rowCounts(needs, buyers, root.split());
        List<Path> files = new ArrayList<>(buyers);
        for (int b = 0; b < buyers; b++) {
            if (counts[b] > MAX_ROWS) {
                throw new IllegalArgumentException("more rows for one buyer than a sheet holds: " + counts[b]);
            }
            String id = String.format(Locale.ROOT, "%05d", b + 1);
            Path file = dir.resolve("bench-buyer-" + id + "." + extension(b));
            writeBuyer(file, "Acheteur " + id, counts[b], rows, root.split());
            files.add(file);
        }
        return files;
    }

    private static void writeBuyer(Path file, String buyer, int count, BenchRows rows, SplittableRandom r) throws IOException {
        String ext = file.getFileName().toString().substring(file.getFileName().toString().lastIndexOf('.') + 1);
        try (SheetWriter out = switch (ext) {
            case "xlsx" -> new XlsxSheetWriter(file, "Programmation " + BenchRows.YEAR);
            case "csv" -> new CsvSheetWriter(file, BenchRows.HEADERS.length);
            default -> new OdsSheetWriter(file, "Programmation " + BenchRows.YEAR);
        }) {
            out.row(BenchRows.HEADERS);
            Object[] previous = null;
            int reference = 0;
            for (int i = 0; i < count; i++) {
                // About 2 % of rows repeat the previous one: same buyer, same reference, as after a bad copy-paste.
                boolean duplicate = previous != null && r.nextInt(50) == 0;
                Object[] row = duplicate ? previous
                        : rows.next(r, buyer, String.format(Locale.ROOT, "%d-%s-%04d", BenchRows.YEAR, buyer.substring(9), ++reference));
                out.row(row);
                previous = row;
            }
        }
    }

    /**
     * Rows per buyer: one each, then the rest by a Zipf law over a seeded ranking of the buyers
     * (largest remainders, so the counts add up to needs exactly).
     */
    static int[] rowCounts(int needs, int buyers, SplittableRandom r) {
        int[] rank = new int[buyers];
        for (int i = 0; i < buyers; i++) {
            rank[i] = i;
        }
        for (int i = buyers - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = rank[i];
            rank[i] = rank[j];
            rank[j] = t;
        }
        int[] counts = new int[buyers];
        int base = needs >= buyers ? 1 : 0;
        long rest = needs - (long) base * buyers;
        double total = 0;
        for (int i = 0; i < buyers; i++) {
            total += 1.0 / (i + 1);
        }
        double[] remainder = new double[buyers];
        long given = 0;
        for (int b = 0; b < buyers; b++) {
            double share = rest / total / (rank[b] + 1);
            counts[b] = base + (int) share;
            remainder[b] = share - Math.floor(share);
            given += (int) share;
        }
        // Largest remainders first; ties by buyer index keep it deterministic.
        Integer[] order = new Integer[buyers];
        for (int i = 0; i < buyers; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> remainder[a] != remainder[b] ? Double.compare(remainder[b], remainder[a]) : a - b);
        for (int k = 0; given < rest; k++, given++) {
            counts[order[k % buyers]]++;
        }
        return counts;
    }
}
