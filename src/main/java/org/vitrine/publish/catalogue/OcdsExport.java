package org.vitrine.publish.catalogue;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.vitrine.cli.Messages;
import org.vitrine.model.Cpv;
import org.vitrine.model.Need;
import org.vitrine.publish.EditionInfo;
import org.vitrine.publish.Fmt;
import org.vitrine.publish.Json;
import org.vitrine.publish.Site;

/**
 * data/ocds.json: an OCDS 1.1 release package, one planning release per public need. Contacts are
 * the buyers' functional contacts only (a data export: CONTRACT §2), dates are full date-times.
 */
public final class OcdsExport {

    private static final Map<String, String> METHODS = Map.of("open", "open", "restricted", "selective",
            "negotiated_with_call", "selective", "competitive_dialogue", "selective", "innovation_partnership", "selective",
            "negotiated_without_call", "limited", "exempt", "direct");

    private final Site site;
    private final Fmt fmt;
    private final String lang;
    private final String ocidPrefix;

    /** {@code ocidPrefix}: vitrine.yaml openData.ocidPrefix, registered with the Open Contracting Partnership. */
    public OcdsExport(Site site, Messages msg, String ocidPrefix) {
        this.ocidPrefix = ocidPrefix;
        this.site = site;
        this.fmt = new Fmt(msg);
        this.lang = msg.lang();
    }

    /**
     * Streams the package: one release at a time is built and written, so the file's tree (millions of
     * nodes at 100,000 needs) is never held whole. The bytes are those of {@link #build()} written at once.
     */
    public void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        EditionInfo edition = (EditionInfo) site.model().get("edition");
        try (OutputStream out = Files.newOutputStream(file);
                JsonGenerator g = Json.pretty().createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            var header = header(edition).fields();
            while (header.hasNext()) {
                var field = header.next();
                g.writeFieldName(field.getKey());
                Json.MAPPER.writeTree(g, field.getValue());
            }
            g.writeArrayFieldStart("releases");
            for (Need n : site.needs()) {
                Json.MAPPER.writeTree(g, release(n, edition));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** The whole package as one tree (tests read it; {@link #write} streams the same). */
    ObjectNode build() {
        EditionInfo edition = (EditionInfo) site.model().get("edition");
        ObjectNode pkg = header(edition);
        ArrayNode releases = pkg.putArray("releases");
        for (Need n : site.needs()) {
            releases.add(release(n, edition));
        }
        return pkg;
    }

    private ObjectNode header(EditionInfo edition) {
        String base = (String) site.model().get("baseUrl");
        ObjectNode pkg = Json.MAPPER.createObjectNode();
        pkg.put("uri", base + "data/ocds.json");
        pkg.put("version", "1.1");
        pkg.put("publishedDate", dateTime(edition.date()));
        var org = (org.vitrine.config.VitrineConfig.Organisation) site.model().get("org");
        pkg.putObject("publisher").put("name", org == null ? "" : org.name());
        if (edition.licenceUrl() != null) {
            pkg.put("license", edition.licenceUrl());
        }
        pkg.put("publicationPolicy", base + "about.html");
        return pkg;
    }

    private ObjectNode release(Need n, EditionInfo edition) {
        ObjectNode r = Json.MAPPER.createObjectNode();
        r.put("ocid", ocidPrefix + "-" + n.id());
        r.put("id", n.id() + "-" + edition.id());
        r.put("date", dateTime(n.modified() != null ? n.modified() : edition.date()));
        r.putArray("tag").add("planning");
        r.put("initiationType", "tender");
        r.put("language", lang);
        Site.BuyerPage b = site.buyer(n.buyer().id());
        ObjectNode party = r.putArray("parties").addObject();
        party.put("id", n.buyer().id());
        party.put("name", n.buyer().name());
        party.putArray("roles").add("buyer");
        if (b != null && b.contact() != null) {
            ObjectNode cp = party.putObject("contactPoint");
            putIf(cp, "name", b.contact().name());
            putIf(cp, "email", b.contact().email());
            putIf(cp, "telephone", b.contact().phone());
        }
        if (b != null && b.profile() != null) {
            party.putObject("details").put("url", b.profile());
        }
        r.putObject("buyer").put("id", n.buyer().id()).put("name", n.buyer().name());
        r.set("tender", tender(n));
        return r;
    }

    private ObjectNode tender(Need n) {
        ObjectNode t = Json.MAPPER.createObjectNode();
        t.put("id", n.id());
        t.put("title", n.title());
        putIf(t, "description", n.description());
        t.put("status", "planned");
        if (n.category() != null) {
            t.put("mainProcurementCategory", "supplies".equals(n.category()) ? "goods" : n.category());
        }
        BigDecimal v = Facets.value(n.amount());
        if (v != null) {
            t.putObject("value").put("amount", v).put("currency", n.amount().currency() == null ? "EUR" : n.amount().currency());
        }
        if (n.procedure() != null) {
            putIf(t, "procurementMethod", METHODS.get(n.procedure()));
            t.put("procurementMethodDetails", fmt.label("procedure", n.procedure()));
        }
        if (n.launch() != null) {
            t.putObject("tenderPeriod").put("startDate", dateTime(n.launch().start()));
        }
        if (n.durationMonths() != null) {
            t.putObject("contractPeriod").put("durationInDays", n.durationMonths() * 30);
        }
        ObjectNode item = t.putArray("items").addObject();
        item.put("id", "1");
        item.put("description", n.title());
        if (n.cpv() != null && n.cpv().code() != null) {
            item.set("classification", classification(n.cpv()));
            ArrayNode more = Json.MAPPER.createArrayNode();
            for (Cpv c : n.cpvAdditional() == null ? java.util.List.<Cpv>of() : n.cpvAdditional()) {
                more.add(classification(c));
            }
            if (!more.isEmpty()) {
                item.set("additionalClassifications", more);
            }
        }
        return t;
    }

    private ObjectNode classification(Cpv c) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("scheme", "CPV");
        // OCDS uses the eight digits, without the check digit
        o.put("id", c.code().contains("-") ? c.code().substring(0, c.code().indexOf('-')) : c.code());
        if (c.labels() != null) {
            putIf(o, "description", c.labels().get(lang));
        }
        return o;
    }

    private static void putIf(ObjectNode o, String key, String value) {
        if (value != null && !value.isBlank()) {
            o.put(key, value);
        }
    }

    static String dateTime(LocalDate d) {
        return d + "T00:00:00Z";
    }
}
