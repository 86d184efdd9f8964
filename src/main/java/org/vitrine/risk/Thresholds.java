package org.vitrine.risk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The thresholds of reference/thresholds.yaml, picked by buyer kind, category and launch date.
 * EU: supplies and services 140 000 € (central), 216 000 € (local), 432 000 € (utility, defence);
 * works 5 404 000 € for all. French "dispense" (no advertising): works < 100 000 €, supplies and
 * services < 40 000 € until 2026-03-31 then < 60 000 €. For a date after every published period,
 * the latest known values apply and {@link Threshold#latestKnown()} says so.
 */
public final class Thresholds {

    private record Entry(String id, BigDecimal value, String comparison, LocalDate from, LocalDate to) {
        boolean covers(LocalDate d) {
            return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
        }
    }

    private static final Map<String, String> EU_SUPPLIES_BY_KIND = Map.of(
            "central", "eu.2014_24.supplies_services.central",
            "local", "eu.2014_24.supplies_services.sub_central",
            "utility", "eu.2014_25.supplies_services",
            "defence", "eu.2009_81.supplies_services");

    private final Map<String, Entry> eu = new HashMap<>();
    private final List<Entry> dispense = new ArrayList<>();

    private static Thresholds instance;

    private Thresholds(JsonNode root) {
        JsonNode e = root.get("eu_thresholds");
        LocalDate from = LocalDate.parse(e.get("valid_from").asText());
        LocalDate to = LocalDate.parse(e.get("valid_to").asText());
        for (JsonNode item : e.get("items")) {
            eu.put(item.get("id").asText(), new Entry(item.get("id").asText(), new BigDecimal(item.get("value").asText()),
                    ">=", from, to));
        }
        for (JsonNode item : root.at("/fr_thresholds/items")) {
            if ("no_advertising_no_competition".equals(item.path("kind").asText())) {
                dispense.add(new Entry(item.get("id").asText() + "." + item.get("contract_type").asText(),
                        new BigDecimal(item.get("value").asText()), "<", date(item.get("valid_from")), date(item.get("valid_to"))));
            }
        }
    }

    private static LocalDate date(JsonNode n) {
        return n == null || n.isNull() ? null : LocalDate.parse(n.asText());
    }

    /** The shipped reference data, read once. */
    public static synchronized Thresholds load() {
        if (instance == null) {
            try (InputStream in = Thresholds.class.getResourceAsStream("/reference/thresholds.yaml")) {
                instance = new Thresholds(new ObjectMapper(new YAMLFactory()).readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** The EU threshold over which a formalised procedure is required, for this buyer kind and category. */
    public Threshold eu(String buyerKind, String category, LocalDate date) {
        // An unknown kind is treated as "local", the most common (and the kind of unknown buyers).
        String kind = buyerKind == null ? "local" : buyerKind;
        String id = "works".equals(category) ? "eu.2014_24.works"
                : EU_SUPPLIES_BY_KIND.getOrDefault(kind, "eu.2014_24.supplies_services.sub_central");
        Entry e = eu.get(id);
        return new Threshold(e.id(), e.value(), e.comparison(), !e.covers(date) && date.isAfter(e.to()));
    }

    /** The French threshold under which no advertising or competition is required, for this category. */
    public Threshold dispense(String category, LocalDate date) {
        String type = "works".equals(category) ? "works" : "supplies_services";
        Entry latest = null;
        for (Entry d : dispense) {
            if (!d.id().endsWith("." + type)) {
                continue;
            }
            if (d.covers(date)) {
                return new Threshold(d.id(), d.value(), d.comparison(), false);
            }
            if (latest == null || (d.from() != null && latest.from() != null && d.from().isAfter(latest.from()))) {
                latest = d;
            }
        }
        return new Threshold(latest.id(), latest.value(), latest.comparison(), true);
    }

    /** Both thresholds for a need, lowest first: the dispense one, then the EU one. */
    public List<Threshold> applicable(String buyerKind, String category, LocalDate date) {
        return List.of(dispense(category, date), eu(buyerKind, category, date));
    }
}
