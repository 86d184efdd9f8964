package org.vitrine.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The markets of the synthetic forecast: a few hundred real CPV classes, each with its real codes and
 * French labels. Picking them with a skew makes many buyers buy in the same classes, as they do.
 */
final class BenchMarkets {

    /** One CPV code with its check digit ("30192000-1") and French label. */
    record Code(String full, String label) {

        String digits() {
            return full.substring(0, 8);
        }
    }

    private final List<List<Code>> classes;

    private BenchMarkets(List<List<Code>> classes) {
        this.classes = classes;
    }

    /** Picks {@code count} classes (xxxx0000 codes that are not groups) and their codes, by seed. */
    static BenchMarkets pick(int count, SplittableRandom random) throws IOException {
        TreeMap<String, List<Code>> byClass = new TreeMap<>();
        try (InputStream in = BenchMarkets.class.getResourceAsStream("/reference/cpv2008.csv")) {
            if (in == null) {
                throw new IOException("missing classpath resource /reference/cpv2008.csv");
            }
            Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                String full = rec.get("code").trim();
                if (full.length() == 10 && full.charAt(3) != '0') {
                    byClass.computeIfAbsent(full.substring(0, 4), k -> new ArrayList<>())
                            .add(new Code(full, rec.get("label_fr").trim()));
                }
            }
        }
        // Keep classes whose own code exists (xxxx0000), so a class-level code is always at hand.
        List<List<Code>> all = new ArrayList<>();
        for (List<Code> codes : byClass.values()) {
            if (codes.get(0).digits().endsWith("0000")) {
                all.add(codes);
            }
        }
        List<List<Code>> chosen = new ArrayList<>(count);
        for (int i = 0; i < count && !all.isEmpty(); i++) {
            chosen.add(all.remove(random.nextInt(all.size())));
        }
        return new BenchMarkets(chosen);
    }

    int size() {
        return classes.size();
    }

    /** A market: the first ones much more often, so needs overlap across buyers. */
    List<Code> market(SplittableRandom random) {
        double u = random.nextDouble();
        return classes.get((int) (u * u * classes.size()));
    }
}
