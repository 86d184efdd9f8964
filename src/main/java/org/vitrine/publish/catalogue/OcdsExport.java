package org.vitrine.publish.catalogue;

import org.vitrine.model.TotalValue;
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
import org.vitrine.messages.Messages;
import org.vitrine.model.Cpv;
import org.vitrine.model.Need;
import org.vitrine.model.EditionInfo;
import org.vitrine.messages.Fmt;
import org.vitrine.model.Json;
import org.vitrine.publish.Site;

/**
 * data/ocds.json: an OCDS 1.1 release package, one planning release per public need. Contacts are
 * the buyers' functional contacts only (a data export: CONTRACT §2), dates are full date-times. Values are
 * totals over the whole duration; a range gives {@code tender.minValue} and {@code tender.value} (its upper
 * figure; none when open-ended). A release's id is the need's id and the edition date it last changed, so an
 * unchanged need keeps its release from one edition to the next. Buyers carry their SIRET (or SIREN) as an
 * identifier of scheme FR-RCS: org-id.guide's list for France's SIREN/SIRET numbers (its FR-INSEE list is
 * deprecated in favour of FR-RCS; "FR-SIRET" is no org-id.guide code), as the DECP's OCDS release does. Lots follow the OCDS lots extension,
 * framework agreements (single or several suppliers, maximum value) the techniques extension.
 */
public final class OcdsExport {

    private static final Map<String, String> METHODS = Map.of("open", "open", "restricted", "selective",
            "negotiated_with_call", "selective", "competitive_dialogue", "selective", "innovation_partnership", "selective",
            "negotiated_without_call", "limited", "exempt", "direct");

    /** The OCDS lots extension (core from OCDS 1.2), declared when a release has lots. */
    static final String LOTS_EXTENSION = "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json";

    /**
     * The OCDS techniques extension (tender.techniques.frameworkAgreement: its participants and maximum value),
     * declared when a release describes a framework agreement. It has no tagged release: the registry's own
     * reference is its master branch, as the OCDS for the European Union profile cites it.
     */
    static final String TECHNIQUES_EXTENSION = "https://raw.githubusercontent.com/open-contracting-extensions/ocds_techniques_extension/master/extension.json";

    /**
     * The OCDS budget breakdown extension (planning.budget.budgetBreakdown: each source's amount and party), declared
     * when a release is a groupement de commandes: each member's share. No tagged release: the registry cites master.
     */
    static final String BUDGET_BREAKDOWN_EXTENSION = "https://raw.githubusercontent.com/open-contracting-extensions/ocds_budget_breakdown_extension/master/extension.json";

    /** The OCDS other requirements extension (tender.otherRequirements.reservedParticipation), declared when a need is reserved. */
    static final String OTHER_REQUIREMENTS_EXTENSION = "https://raw.githubusercontent.com/open-contracting-extensions/ocds_other_requirements_extension/master/extension.json";

    private final Site site;
    private final Fmt fmt;
    private final Messages msg;
    private final String lang;
    private final String ocidPrefix;

    /** {@code ocidPrefix}: vitrine.yaml openData.ocidPrefix, registered with the Open Contracting Partnership. */
    public OcdsExport(Site site, Messages msg, String ocidPrefix) {
        this.ocidPrefix = ocidPrefix;
        this.site = site;
        this.fmt = new Fmt(msg);
        this.msg = msg;
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
                if (standsAlone(n)) {
                    Json.MAPPER.writeTree(g, release(n, edition));
                }
            }
            for (EditionInfo.Withdrawn w : Feeds.withdrawn(site)) {
                Json.MAPPER.writeTree(g, withdrawnRelease(w));
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
            if (standsAlone(n)) {
                releases.add(release(n, edition));
            }
        }
        for (EditionInfo.Withdrawn w : Feeds.withdrawn(site)) {
            releases.add(withdrawnRelease(w));
        }
        return pkg;
    }

    /** A need with its own release: not a share of a groupement, or the share standing for it (its coordinator's). */
    private boolean standsAlone(Need n) {
        JointGroups.Group group = site.groups().of(n);
        return group == null || group.lead().id().equals(n.id());
    }

    private ObjectNode header(EditionInfo edition) {
        String base = (String) site.model().get("baseUrl");
        ObjectNode pkg = Json.MAPPER.createObjectNode();
        pkg.put("uri", base + "data/ocds.json");
        pkg.put("version", "1.1");
        boolean lots = site.needs().stream().anyMatch(n -> n.lotList() != null && !n.lotList().isEmpty());
        boolean frameworks = site.needs().stream().anyMatch(OcdsExport::framework);
        boolean groups = !site.groups().all().isEmpty();
        boolean reserved = site.needs().stream().anyMatch(n -> reservedParticipation(n) != null);
        if (lots || frameworks || groups || reserved) {
            ArrayNode ext = pkg.putArray("extensions");
            if (lots) {
                ext.add(LOTS_EXTENSION);
            }
            if (frameworks) {
                ext.add(TECHNIQUES_EXTENSION);
            }
            if (groups) {
                ext.add(BUDGET_BREAKDOWN_EXTENSION);
            }
            if (reserved) {
                ext.add(OTHER_REQUIREMENTS_EXTENSION);
            }
        }
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
        JointGroups.Group group = site.groups().of(n);
        ObjectNode r = Json.MAPPER.createObjectNode();
        r.put("ocid", ocidPrefix + "-" + n.id());
        // the same release as long as the need (every share of a groupement) does not change (modified: the edition
        // that last changed it)
        LocalDate changed = n.modified() != null ? n.modified() : edition.date();
        if (group != null) {
            for (Need m : group.members()) {
                LocalDate d = m.modified() != null ? m.modified() : edition.date();
                changed = d.isAfter(changed) ? d : changed;
            }
        }
        r.put("id", n.id() + "-" + changed);
        r.put("date", dateTime(changed));
        r.putArray("tag").add("planning");
        r.put("initiationType", "tender");
        r.put("language", lang);
        ArrayNode parties = r.putArray("parties");
        // a consultation running on the event day gives no contact point, as its page gives none: questions go through
        // the buyer profile, where the answers reach every candidate (equal treatment, L3, R2132-6; supplier X, D8)
        boolean live = n.live() != null;
        if (group == null) {
            parties.add(withoutContact(party(n, false), live));
        } else {
            // a groupement: every member is a buyer (its budget pays its share), the coordinator also the procuring
            // entity that runs the one consultation (L2113-7); release.buyer is the coordinator (OCDS 1.1 has one)
            for (Need m : group.members()) {
                parties.add(withoutContact(party(m, m == group.coordinator()), live));
            }
        }
        r.putObject("buyer").put("id", n.buyer().id()).put("name", n.buyer().name());
        if (group != null) {
            r.set("planning", budget(group));
        }
        if (n.launch() != null && !day(n.launch())) {
            (r.has("planning") ? (ObjectNode) r.get("planning") : r.putObject("planning")).putArray("milestones").add(launchMilestone(n));
        }
        ObjectNode tender = tender(n);
        if (group != null) {
            groupTender(group, tender);
        }
        r.set("tender", tender);
        return r;
    }

    /**
     * A need withdrawn since it was published (supplier X, D3: it vanished from ocds.json, so « withdrawn » read as « never
     * existed »): a release of the same ocid, tagged tenderCancellation, dated by the edition that withdrew it, its tender
     * {@code withdrawn} (OCDS 1.1 tenderStatus: « no longer planned »). Its id is the need's and that date, as any release's.
     */
    private ObjectNode withdrawnRelease(EditionInfo.Withdrawn w) {
        ObjectNode r = Json.MAPPER.createObjectNode();
        r.put("ocid", ocidPrefix + "-" + w.id());
        r.put("id", w.id() + "-" + w.date());
        r.put("date", dateTime(w.date()));
        r.putArray("tag").add("tenderCancellation");
        r.put("initiationType", "tender");
        r.put("language", lang);
        String buyerId = Withdrawals.buyerId(w, site.buyers());
        if (buyerId != null) {
            r.putArray("parties").add(party(buyerId, w.buyer(), false));
            r.putObject("buyer").put("id", buyerId).put("name", w.buyer());
        }
        ObjectNode t = r.putObject("tender");
        t.put("id", w.id());
        putIf(t, "title", w.title());
        t.put("status", "withdrawn");
        t.put("statusDetails", msg.get("cat.ocds.withdrawn", fmt.date(w.date())));
        return r;
    }

    private static ObjectNode withoutContact(ObjectNode party, boolean live) {
        if (live) {
            party.remove("contactPoint");
        }
        return party;
    }

    /** A buyer of the release; the coordinator of a groupement also its procuring entity. */
    private ObjectNode party(Need n, boolean procuringEntity) {
        return party(n.buyer().id(), n.buyer().name(), procuringEntity);
    }

    private ObjectNode party(String buyerId, String buyerName, boolean procuringEntity) {
        Site.BuyerPage b = site.buyer(buyerId);
        ObjectNode party = Json.MAPPER.createObjectNode();
        party.put("id", buyerId);
        party.put("name", buyerName);
        ArrayNode roles = party.putArray("roles").add("buyer");
        if (procuringEntity) {
            roles.add("procuringEntity");
        }
        String siret = siret(buyerId);
        if (siret != null) {
            party.putObject("identifier").put("scheme", "FR-RCS").put("id", siret).put("legalName", buyerName);
        }
        if (b != null && b.contact() != null) {
            ObjectNode cp = party.putObject("contactPoint");
            putIf(cp, "name", b.contact().name());
            putIf(cp, "email", b.contact().email());
            putIf(cp, "telephone", b.contact().phone());
        }
        if (b != null && b.profile() != null) {
            party.putObject("details").put("url", b.profile());
        }
        return party;
    }

    /** planning.budget of a groupement: the total, and each member's share from its own budget (budget breakdown extension). */
    private ObjectNode budget(JointGroups.Group group) {
        ObjectNode planning = Json.MAPPER.createObjectNode();
        ObjectNode budget = planning.putObject("budget");
        budget.put("description", msg.get("cat.ocds.group_budget", group.name(), group.members().size()));
        if (group.total() != null && group.total().max() != null) {
            budget.putObject("amount").put("amount", group.total().max()).put("currency", group.total().currency());
        }
        ArrayNode parts = budget.putArray("budgetBreakdown");
        for (Need m : group.members()) {
            ObjectNode part = parts.addObject();
            part.put("id", m.id());
            part.put("description", m.title());
            part.putObject("sourceParty").put("id", m.buyer().id()).put("name", m.buyer().name());
            org.vitrine.model.Amount share = TotalValue.of(m);
            if (share != null && share.max() != null) {
                part.putObject("amount").put("amount", share.max()).put("currency", share.currency() == null ? "EUR" : share.currency());
            }
        }
        return planning;
    }

    /** The tender of a groupement: the group's name and total, run by its coordinator. */
    private void groupTender(JointGroups.Group group, ObjectNode t) {
        t.remove("minValue");
        t.remove("value");
        org.vitrine.model.Amount total = group.total();
        if (total != null) {
            if (total.min() != null && (total.max() == null || total.min().compareTo(total.max()) != 0)) {
                t.putObject("minValue").put("amount", total.min()).put("currency", total.currency());
            }
            if (total.max() != null) {
                t.putObject("value").put("amount", total.max()).put("currency", total.currency());
            }
        }
        t.put("title", group.name());
        t.put("description", msg.get("cat.ocds.group_description", group.lead().title(), group.members().size()));
        if (group.coordinator() != null) {
            t.putObject("procuringEntity").put("id", group.coordinator().buyer().id()).put("name", group.coordinator().buyer().name());
        }
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
        org.vitrine.model.Amount total = TotalValue.of(n);
        if (total != null) {
            String currency = total.currency() == null ? "EUR" : total.currency();
            boolean range = total.max() == null || total.min() == null || total.min().compareTo(total.max()) != 0;
            if (range && total.min() != null) {
                t.putObject("minValue").put("amount", total.min()).put("currency", currency);
            }
            if (total.max() != null) {
                t.putObject("value").put("amount", total.max()).put("currency", currency);
            }
        }
        String kind = Competition.of(n);
        String body = new Competition().body(n);
        if (Competition.CENTRAL.equals(kind)) {
            // the buyer orders from the central purchasing body's own contracts: no competition of its own (L2113-4)
            t.put("procurementMethod", "direct");
            t.put("procurementMethodDetails", fmt.label("route", n.route()));
            t.put("procurementMethodRationale", msg.get("cat.ocds.central_rationale", body.isEmpty()
                    ? fmt.label("route", n.route()) : body));
        } else if (Competition.CALL_OFF.equals(kind)) {
            // only the holders of the buyer's framework agreement are invited
            t.put("procurementMethod", "selective");
            t.put("procurementMethodDetails", fmt.label("route", n.route()));
        } else if (Competition.IN_HOUSE.equals(kind)) {
            // an in-house contract (L2511-1 ff.): awarded to the controlled body without a call for competition
            t.put("procurementMethod", "direct");
            t.put("procurementMethodRationale", msg.get("cat.closed.heading.in_house"));
        } else if (n.procedure() != null) {
            putIf(t, "procurementMethod", METHODS.get(n.procedure()));
            t.put("procurementMethodDetails", fmt.label("procedure", n.procedure()));
        }
        // the period open for submissions: its start only when the launch is known to the day (OCDS: "when known, a
        // precise start date must be provided"), and only for a need open to offers; a wider window is the planning
        // milestone
        if (n.launch() != null && day(n.launch()) && Competition.isOpen(n)) {
            ObjectNode period = t.putObject("tenderPeriod").put("startDate", dateTime(n.launch().start()));
            if (n.deadline() != null && n.deadline().start() != null && day(n.deadline())) {
                period.put("endDate", endOfDay(n.deadline().start()));
            }
        }
        if (n.durationMonths() != null) {
            t.putObject("contractPeriod").put("durationInDays", n.durationMonths() * 30);
        }
        if (framework(n)) {
            t.set("techniques", techniques(n));
        }
        String reserved = reservedParticipation(n);
        if (reserved != null) {
            t.putObject("otherRequirements").putArray("reservedParticipation").add(reserved);
        }
        if (n.hasReservation()) {
            // the code joins EA/ESAT and SIAE (one group of Directive 2014/24 art. 20); the words say which, and its article
            t.put("eligibilityCriteria", msg.get("cat.reserved.who." + (n.reserved() instanceof String s ? s : "true")));
        }
        ArrayNode items = t.putArray("items");
        ObjectNode item = items.addObject();
        item.put("id", "1");
        item.put("description", n.title());
        lots(n, t, items);
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

    private static boolean day(org.vitrine.model.Period p) {
        return p.start() != null && p.start().equals(p.end());
    }

    /**
     * A launch known to the month, quarter, half-year or year: OCDS has no start date "within a quarter", so the release
     * gives a planning milestone due by the window's last day (the latest launch), the window said in words with its
     * first and last days ("2e trimestre 2027 (du 1er avril au 30 juin 2027)"), rather than a tender period starting on
     * the window's first day as if it were known.
     */
    private ObjectNode launchMilestone(Need n) {
        org.vitrine.model.Period p = n.launch();
        ObjectNode m = Json.MAPPER.createObjectNode();
        m.put("id", "launch");
        m.put("title", msg.get("cat.ocds.launch_title"));
        m.put("type", "preProcurement");
        m.put("code", "launchWindow");
        m.put("description", msg.get("cat.ocds.launch_window", fmt.period(p), fmt.date(p.start()), fmt.date(p.end())));
        m.put("dueDate", endOfDay(p.end()));
        m.put("status", "scheduled");
        return m;
    }

    /**
     * Who may bid on a reserved contract, in the other requirements extension's codes (as eForms' res-ws and
     * res-pub-ser): EA/ESAT (L2113-12) and SIAE (L2113-13) are « sheltered workshops and economic operators whose aim
     * is the social and professional integration of disabled or disadvantaged persons » (Directive 2014/24 art. 20),
     * ESS (L2113-15, art. 77) public service mission organisations; null for a need open to all or a reservation of
     * no stated type.
     */
    static String reservedParticipation(Need n) {
        if (!(n.reserved() instanceof String type)) {
            return null;
        }
        return switch (type) {
            case "ea_esat" -> "shelteredWorkshop";
            case "siae" -> "shelteredWorkshop";
            case "ess" -> "publicServiceMissionOrganization";
            default -> null;
        };
    }

    private static boolean framework(Need n) {
        return "framework".equals(n.technique());
    }

    /**
     * tender.techniques of a framework agreement: one supplier (maximumParticipants 1) or several
     * (minimumParticipants 2), and its maximum value when the buyer gives it (the estimate stays tender.value).
     */
    private static ObjectNode techniques(Need n) {
        ObjectNode tech = Json.MAPPER.createObjectNode();
        tech.put("hasFrameworkAgreement", true);
        ObjectNode fa = Json.MAPPER.createObjectNode();
        if ("single".equals(n.frameworkAward())) {
            fa.put("maximumParticipants", 1);
        } else if ("multiple".equals(n.frameworkAward())) {
            fa.put("minimumParticipants", 2);
        }
        org.vitrine.model.Amount max = n.frameworkMaximum();
        if (max != null && (max.max() != null || max.min() != null)) {
            fa.putObject("value").put("amount", max.max() != null ? max.max() : max.min())
                    .put("currency", max.currency() == null ? "EUR" : max.currency());
        }
        if (!fa.isEmpty()) {
            tech.set("frameworkAgreement", fa);
        }
        return tech;
    }

    /** tender.lots (one per lot the buyer gave, its value and title) and an item per lot with its own CPV. */
    private void lots(Need n, ObjectNode t, ArrayNode items) {
        if (n.lotList() == null || n.lotList().isEmpty()) {
            return;
        }
        ArrayNode lots = t.putArray("lots");
        int i = 0;
        for (org.vitrine.model.Lot l : n.lotList()) {
            i++;
            String id = l.number() == null ? String.valueOf(i) : String.valueOf(l.number());
            ObjectNode lot = lots.addObject();
            lot.put("id", id);
            putIf(lot, "title", l.title());
            lot.put("status", "planned");
            if (l.amount() != null && (l.amount().max() != null || l.amount().min() != null)) {
                lot.putObject("value").put("amount", l.amount().max() != null ? l.amount().max() : l.amount().min())
                        .put("currency", l.amount().currency() == null ? "EUR" : l.amount().currency());
            }
            if (l.cpv() != null && l.cpv().code() != null) {
                ObjectNode item = items.addObject();
                item.put("id", "lot-" + id);
                item.put("description", l.title() == null ? n.title() : l.title());
                item.set("classification", classification(l.cpv()));
                item.put("relatedLot", id);
            }
        }
        if (n.maxLotsPerBidder() != null) {
            t.putObject("lotDetails").put("maximumLotsBidPerSupplier", n.maxLotsPerBidder());
        }
    }

    /** The buyer's SIRET or SIREN as FR-RCS identifies it, digits only; null for none or another identifier (CONTRACT §4). */
    private String siret(String buyerId) {
        var config = (org.vitrine.config.Buyers) site.model().get("buyersConfig");
        var b = config == null ? null : config.byId(buyerId);
        return b == null ? null : b.registeredId();
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

    /**
     * Dates are French days: midnight and the last second of the day in Paris time, with its offset (+01:00 in
     * winter, +02:00 in summer), not UTC, where a deadline « 19 avril » read 23:59:59Z was 01:59 on the 20th in France.
     */
    private static final java.time.ZoneId PARIS = java.time.ZoneId.of("Europe/Paris");

    static String dateTime(LocalDate d) {
        return d.atStartOfDay(PARIS).format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** The last second of a day: a window's last day, a closing date. */
    static String endOfDay(LocalDate d) {
        return d.atTime(23, 59, 59).atZone(PARIS).format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
