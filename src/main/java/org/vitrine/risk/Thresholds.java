package org.vitrine.risk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vitrine.model.Need;
import org.vitrine.risk.Threshold.Basis;
import org.vitrine.risk.reference.DefenceProducts;
import org.vitrine.risk.reference.SocialServices;

/**
 * The thresholds of reference/thresholds.yaml chosen per contract (docs/RISKS.md §2): the EU threshold T by the
 * first case that matches (works, defence or security column, social services, a utility's network purchase,
 * central authorities, others), the French dispense threshold and the 90 000 € publicity threshold. Values are
 * those in force at the latest launch date; a launch window across a change of value takes the stricter (lower).
 * After the last published period the latest values apply and say so.
 */
public final class Thresholds {

    private record Value(double value, LocalDate from, LocalDate to) {
    }

    private static final Map<Basis, String> EU_IDS = Map.of(
            Basis.works, "eu.2014_24.works",
            Basis.defence, "eu.2009_81.supplies_services",
            Basis.social, "eu.2014_24.social_services",
            Basis.social_network, "eu.2014_25.social_services",
            Basis.network, "eu.2014_25.supplies_services",
            Basis.central, "eu.2014_24.supplies_services.central",
            Basis.central_defence_listed, "eu.2014_24.supplies_services.central",
            Basis.central_defence_supplies, "eu.2014_24.supplies_services.sub_central",
            Basis.other, "eu.2014_24.supplies_services.sub_central");

    private final Map<String, List<Value>> series = new HashMap<>();

    private static Thresholds instance;

    private Thresholds(JsonNode root) {
        JsonNode eu = root.get("eu_thresholds");
        LocalDate from = date(eu.get("valid_from"));
        LocalDate to = date(eu.get("valid_to"));
        for (JsonNode item : eu.get("items")) {
            add(item.get("id").asText(), item.get("value").asDouble(), from, to);
        }
        for (JsonNode item : root.at("/fr_thresholds/items")) {
            String kind = item.path("kind").asText();
            String id = switch (kind) {
                case "no_advertising_no_competition" -> "fr.dispense." + item.get("contract_type").asText();
                case "mapa_notice_in_boamp_or_legal_gazette_required" -> "fr.publicity";
                case "books_without_advertising_or_competition" -> "fr.books";
                case "innovative_purchase_without_advertising_or_competition" -> "fr.innovative";
                default -> null;
            };
            if (id != null) {
                add(id, item.get("value").asDouble(), date(item.get("valid_from")), date(item.get("valid_to")));
            }
        }
    }

    private void add(String id, double value, LocalDate from, LocalDate to) {
        series.computeIfAbsent(id, k -> new ArrayList<>()).add(new Value(value, from, to));
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

    /**
     * The EU threshold T of a need launched in [from, to] (docs/RISKS.md §2): the first case that matches.
     * {@code buyer} gives the kind's facts from buyers.yaml (network activity by default).
     */
    public Threshold eu(Need n, BuyerFacts buyer, LocalDate from, LocalDate to) {
        return threshold(euBasis(n, buyer), from, to);
    }

    /** The buyer acts as an entité adjudicatrice for this need: a utility buying for its network activity (L1212-3). */
    public static boolean networkActivity(Need n, BuyerFacts buyer) {
        boolean utility = n.buyer() != null && "utility".equals(n.buyer().kind());
        return utility && (n.networkActivity() != null ? n.networkActivity() : buyer.networkActivity());
    }

    static Basis euBasis(Need n, BuyerFacts buyer) {
        String kind = n.buyer() == null ? null : n.buyer().kind();
        boolean network = networkActivity(n, buyer);
        if ("works".equals(n.category())) {
            return Basis.works;
        }
        // L1113-1 contracts are awarded by the State and its public establishments only: a « oui » from another buyer
        // is not trusted for the 432 000 € threshold (the row's other facts decide). A State public establishment of
        // kind local (a university) says so with statePublicBody in buyers.yaml (lawyer C, UB-27-09)
        boolean state = "central".equals(kind) || "defence".equals(kind) || buyer.statePublicBody();
        if (Boolean.TRUE.equals(n.defence()) && state) {
            return Basis.defence; // tested before social services: Annex XIV does not apply to L1113-1 contracts
        }
        if (n.cpv() != null && SocialServices.load().contains(n.cpv().code())) {
            return network ? Basis.social_network : Basis.social;
        }
        if (network) {
            return Basis.network;
        }
        if ("central".equals(kind)) {
            return Basis.central;
        }
        if ("defence".equals(kind)) {
            // a central authority in the defence field: 140 000 € for services; for supplies 140 000 € for the
            // products of Annex III (CCP annexe 2) that reference/defence-products.csv gives, 216 000 € for the others
            if (!"supplies".equals(n.category())) {
                return Basis.central;
            }
            return n.cpv() != null && DefenceProducts.load().listed(n.cpv().code()) ? Basis.central_defence_listed
                    : Basis.central_defence_supplies;
        }
        return Basis.other;
    }

    /** The threshold of social and other specific services (750 000 €, a utility's network purchase 1 000 000 €). */
    public Threshold socialServices(boolean network, LocalDate from, LocalDate to) {
        return threshold(network ? Basis.social_network : Basis.social, from, to);
    }

    /** The EU threshold of works (§2 case 1), whatever the need's category: the threshold of a works reading. */
    public Threshold works(LocalDate from, LocalDate to) {
        return threshold(Basis.works, from, to);
    }

    /** The French threshold under which no advertising or competition is required (R2122-8). */
    public Threshold dispense(Need n, LocalDate from, LocalDate to) {
        return threshold("works".equals(n.category()) ? Basis.dispense_works : Basis.dispense_supplies, from, to);
    }

    /** The threshold from which a MAPA needs a BOAMP or JAL notice (R2131-12). */
    public Threshold publicity(LocalDate from, LocalDate to) {
        return threshold(Basis.publicity, from, to);
    }

    /** The value under which a capped ground without publicity holds: books (R2122-9), an innovative purchase (R2122-9-1). */
    public Threshold ceiling(Basis basis, LocalDate from, LocalDate to) {
        if (basis != Basis.books && basis != Basis.innovative) {
            throw new IllegalArgumentException(basis + " is no ceiling");
        }
        return threshold(basis, from, to);
    }

    private record Key(Basis basis, LocalDate from, LocalDate to) {
    }

    /** Launch windows repeat (months, quarters): each basis and window is worked out once. */
    private final Map<Key, Threshold> chosen = new java.util.concurrent.ConcurrentHashMap<>();

    private Threshold threshold(Basis basis, LocalDate from, LocalDate to) {
        return chosen.computeIfAbsent(new Key(basis, from, to), k -> compute(basis, from, to));
    }

    private Threshold compute(Basis basis, LocalDate from, LocalDate to) {
        String id = switch (basis) {
            case dispense_works -> "fr.dispense.works";
            case dispense_supplies -> "fr.dispense.supplies_services";
            case publicity -> "fr.publicity";
            case books -> "fr.books";
            case innovative -> "fr.innovative";
            default -> EU_IDS.get(basis);
        };
        List<Value> values = series.get(id);
        double best = Double.MAX_VALUE;
        Value latest = null;
        for (Value v : values) {
            boolean overlaps = (v.from() == null || !to.isBefore(v.from())) && (v.to() == null || !from.isAfter(v.to()));
            if (overlaps) {
                best = Math.min(best, v.value());
            }
            if (latest == null || (v.from() != null && (latest.from() == null || v.from().isAfter(latest.from())))) {
                latest = v;
            }
        }
        if (best < Double.MAX_VALUE) {
            return new Threshold(basis, best, false);
        }
        return new Threshold(basis, latest.value(), latest.to() != null && from.isAfter(latest.to()));
    }
}
