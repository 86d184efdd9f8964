package org.vitrine.publish.catalogue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.vitrine.messages.Messages;
import org.vitrine.model.Amount;
import org.vitrine.model.BuyerRef;
import org.vitrine.model.Json;
import org.vitrine.model.Need;
import org.vitrine.model.Place;
import org.vitrine.normalise.Needs;
import org.vitrine.normalise.parse.CpvCatalogue;
import org.vitrine.publish.Site;

/**
 * The weight of the place of performance in assets/needs-index.js (a benchmark, not a test): N needs whose places
 * are, by DISTINCT, written as one of so many communes of Bourgogne-Franche-Comté (read as their département, as
 * « Vézelières » is), else as a département code, else not given; prints the index's JSON bytes and gzipped bytes
 * with the place column and its dictionary, and without them (the index before they were searched). Run with
 * {@code java -cp target/test-classes:target/classes:target/lib/* org.vitrine.publish.catalogue.SearchIndexSizeBench [N [DISTINCT]]}.
 */
public final class SearchIndexSizeBench {

    private SearchIndexSizeBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int distinct = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        List<String[]> communes = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/main/resources/reference/cog-communes.csv"), StandardCharsets.UTF_8)) {
            String[] f = line.split(",", -1);
            if (f.length > 5 && "COM".equals(f[0]) && List.of("21", "25", "39", "58", "70", "71", "89", "90").contains(f[2])) {
                communes.add(new String[] {f[5], f[2]});
            }
        }
        List<String> codes = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/main/resources/reference/cpv2008.csv"), StandardCharsets.UTF_8)) {
            if (line.matches("\\d{8}-\\d,.*")) {
                codes.add(line.substring(0, 8));
            }
        }
        Random r = new Random(7);
        List<Need> needs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String cpv = codes.get(r.nextInt(codes.size()));
            Need.Builder b = Needs.need("buyer-" + (i % 200), "R-" + i, "Besoin " + i + " " + cpv, 10_000 + r.nextInt(900_000), "public", "f.xlsx", 2 + i).toBuilder();
            b.buyer = new BuyerRef("buyer-" + (i % 200), "Acheteur " + (i % 200), "local");
            b.cpv = CpvCatalogue.load().cpv(cpv);
            b.amount = new Amount(BigDecimal.valueOf(50_000), BigDecimal.valueOf(50_000), "EUR", "total");
            b.launch = CatalogueFixture.month(2027, 1 + r.nextInt(12));
            b.visibility = null;
            b.source = null;
            int kind = r.nextInt(4);
            if (kind < 2) {
                String[] c = communes.get(r.nextInt(Math.min(distinct, communes.size())));
                b.location = c[0];
                b.place = new Place("departement", c[1], null, null);
            } else if (kind == 2) {
                b.location = "71";
                b.place = new Place("departement", "71", "Saône-et-Loire", null);
            }
            needs.add(b.build());
        }
        Site site = CatalogueFixture.site(needs, "fr");
        Map<String, Object> index = new SearchIndex(site, Messages.of("fr")).build();
        byte[] with = Json.MAPPER.writeValueAsBytes(index);
        Map<String, Object> without = new LinkedHashMap<>(index);
        without.remove("place");
        @SuppressWarnings("unchecked")
        List<Object> columns = new ArrayList<>((List<Object>) index.get("columns"));
        columns.remove(columns.size() - 1);
        without.put("columns", columns);
        byte[] before = Json.MAPPER.writeValueAsBytes(without);
        System.out.printf("%d needs, %d distinct communes (%d written): with places %,d B (gzip %,d B); without %,d B (gzip %,d B)%n",
                count, Math.min(distinct, communes.size()), ((List<?>) index.get("place")).size(), with.length, gzip(with), before.length, gzip(before));
    }

    private static int gzip(byte[] b) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(out)) {
            g.write(b);
        }
        return out.size();
    }
}
