package org.vitrine.normalise.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** NUTS 2024 codes for France (levels 0 to 3) from /reference/nuts2024_fr.csv. */
public final class NutsCatalogue {

    private static final String RESOURCE = "/reference/nuts2024_fr.csv";

    /** One region: its code, level (0 country to 3 département), parent code and name. */
    public record Region(String code, int level, String parent, String name) {
    }

    private final Map<String, Region> byCode;

    private NutsCatalogue(Map<String, Region> byCode) {
        this.byCode = byCode;
    }

    private static final class Holder {
        static final NutsCatalogue INSTANCE = read();
    }

    /** The shared catalogue, read once. */
    public static NutsCatalogue load() {
        return Holder.INSTANCE;
    }

    private static NutsCatalogue read() {
        InputStream in = NutsCatalogue.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + RESOURCE);
        }
        Map<String, Region> map = new HashMap<>();
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord rec : format.parse(r)) {
                String code = rec.get("code").trim();
                String parent = rec.get("parent").trim();
                map.put(code, new Region(code, Integer.parseInt(rec.get("level").trim()), parent.isEmpty() ? null : parent,
                        rec.get("name").trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NutsCatalogue(Map.copyOf(map));
    }

    public boolean exists(String code) {
        return code != null && byCode.containsKey(code);
    }

    /** The region, or null when the code is unknown. */
    public Region region(String code) {
        return code == null ? null : byCode.get(code);
    }

    /** The region's name, or null when the code is unknown. */
    public int size() {
        return byCode.size();
    }
}
