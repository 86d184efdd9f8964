package org.vitrine.publish;

import org.vitrine.model.EditionInfo;
import org.vitrine.messages.Fmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vitrine.messages.Messages;
import org.vitrine.config.BuyerConfig;
import org.vitrine.config.Config;
import org.vitrine.config.VitrineConfig;
import org.vitrine.model.Need;

/**
 * What the catalogue and the brochure show, already through the public filter: the public needs,
 * the exhibitors with their needs, the edition, and the helpers templates call ({@code fmt}, {@code msg}).
 */
public final class Site {

    /** An exhibitor page: the buyer (from buyers.yaml when known) and its public needs. */
    public record BuyerPage(String id, String name, String kind, String stand, BuyerConfig.BuyerContact contact,
            String profile, List<Need> needs) {
    }

    private final List<Need> needs;
    private final List<BuyerPage> buyers;
    private final Map<String, BuyerPage> byId = new HashMap<>();
    private final Map<String, Object> model = new LinkedHashMap<>();
    private final boolean brochure;
    private final org.vitrine.publish.catalogue.JointGroups groups;

    /** Every configured buyer, also those without a public need (a withdrawn need's buyer: its stand, its contact). */
    private final org.vitrine.config.Buyers configured;

    public Site(List<Need> publicNeeds, Config config, EditionInfo edition, Messages messages) {
        this.needs = publicNeeds;
        this.configured = config.buyers();
        Map<String, List<Need>> needsByBuyer = new TreeMap<>();
        for (Need n : publicNeeds) {
            needsByBuyer.computeIfAbsent(n.buyer().id(), k -> new ArrayList<>()).add(n);
        }
        List<BuyerPage> pages = new ArrayList<>();
        for (Map.Entry<String, List<Need>> e : needsByBuyer.entrySet()) {
            BuyerConfig b = config.buyers().byId(e.getKey());
            Need first = e.getValue().get(0);
            BuyerPage page = b == null
                    ? new BuyerPage(e.getKey(), first.buyer().name(), first.buyer().kind(), null, null, null, e.getValue())
                    : new BuyerPage(b.id(), b.name(), b.kind(), b.stand(), b.contact(), b.profile(), e.getValue());
            pages.add(page);
            byId.put(page.id(), page);
        }
        pages.sort(java.util.Comparator.comparing((BuyerPage p) -> p.name().toLowerCase(messages.locale())).thenComparing(BuyerPage::id));
        this.buyers = pages;
        VitrineConfig v = config.vitrine();
        model.put("edition", edition);
        model.put("org", v.organisation());
        model.put("event", v.event());
        model.put("needs", needs);
        model.put("buyers", buyers);
        // each exhibitor's stand by its id, for every list row (supplier X, D4: the search results named no stand)
        Map<String, String> stands = new java.util.HashMap<>();
        buyers.forEach(p -> {
            if (p.stand() != null && !p.stand().isBlank()) {
                stands.put(p.id(), p.stand());
            }
        });
        model.put("stands", stands);
        model.put("fmt", new Fmt(messages));
        model.put("competition", new org.vitrine.publish.catalogue.Competition());
        model.put("rows", new org.vitrine.publish.catalogue.RowText(messages));
        this.groups = new org.vitrine.publish.catalogue.JointGroups(needs, byId::get, messages);
        model.put("groups", groups);
        model.put("msg", messages);
        model.put("lang", messages.lang());
        model.put("baseUrl", v.publicBaseUrl() == null ? "" : v.publicBaseUrl());
        model.put("ocidPrefix", v.ocidPrefix());
        model.put("buyersConfig", config.buyers());
        // a source as suppliers read it on the about page: a buyer's system by that buyer's name, never the
        // configuration's id (supplier X, D9: « si-transports »); the others keep their name, plain words already
        Map<String, String> sourceNames = new java.util.HashMap<>();
        if (config.sources() != null) {
            for (org.vitrine.config.SourceConfig src : config.sources()) {
                BuyerConfig owner = src.buyer() == null ? null : config.buyers().byId(src.buyer());
                if (owner != null) {
                    sourceNames.put(src.name(), owner.name());
                }
            }
        }
        model.put("sourceNames", sourceNames);
        model.put("privacy", v.privacy() == null ? new VitrineConfig.Privacy(false) : v.privacy());
        model.put("catalogueConfig", v.catalogue() == null ? new VitrineConfig.Catalogue(null, null) : v.catalogue());
        model.put("accessibility", org.vitrine.publish.catalogue.AccessibilityStatus.of(v.catalogue()));
        if (v.event() != null && v.event().floorPlan() != null && config.dir() != null) {
            var plan = org.vitrine.publish.catalogue.EventPlan.of(config.dir().resolve(v.event().floorPlan()),
                    v.event().floorPlanStands(), buyers);
            if (plan != null) {
                model.put("eventPlan", plan);
            }
        }
        String opens = bookingOpensLater(v.event(), edition, new Fmt(messages));
        if (opens != null) {
            model.put("bookingOpens", opens);
        }
        // Where the shared data files and the brochure are, from this catalogue's top ("../" for en/);
        // no brochure link when none is made.
        model.put("dataRoot", "");
        this.brochure = v.brochureEnabled() && needs.size() <= v.brochureMaxNeeds();
        if (brochure) {
            model.put("brochureFile", "brochure.pdf");
        }
    }

    /**
     * The first edition of the year's catalogue: no need was published before this edition's date and none was
     * withdrawn. Its pages then say "Première édition" rather than calling every need new.
     */
    public boolean firstEdition() {
        return firstEdition(needs, (EditionInfo) model.get("edition"));
    }

    static boolean firstEdition(List<Need> needs, EditionInfo edition) {
        if (edition.withdrawn() != null && !edition.withdrawn().isEmpty()) {
            return false;
        }
        return needs.stream().allMatch(n -> n.firstPublished() == null || !n.firstPublished().isBefore(edition.date()));
    }

    /**
     * When meeting booking opens, as pages say it ("5 janvier 2027"), if it opens after the edition date (or is
     * given as text); null when it is not said or already open.
     */
    static String bookingOpensLater(VitrineConfig.Event event, EditionInfo edition, Fmt fmt) {
        if (event == null || event.bookingOpens() == null || event.bookingOpens().isBlank()) {
            return null;
        }
        try {
            java.time.LocalDate opens = java.time.LocalDate.parse(event.bookingOpens().strip());
            return opens.isAfter(edition.date()) ? fmt.date(opens) : null;
        } catch (java.time.format.DateTimeParseException e) {
            return event.bookingOpens().strip();
        }
    }

    /**
     * Whether this site has a brochure: enabled, and not above brochure.maxNeeds public needs (the PDF is
     * laid out whole in memory; above the cap the catalogue is published without it).
     */
    public boolean hasBrochure() {
        return brochure;
    }

    public Map<String, Object> model() {
        return model;
    }

    public List<Need> needs() {
        return needs;
    }

    /** The groupements de commandes among the public needs. */
    public org.vitrine.publish.catalogue.JointGroups groups() {
        return groups;
    }

    public List<BuyerPage> buyers() {
        return buyers;
    }

    public BuyerPage buyer(String id) {
        return byId.get(id);
    }

    /**
     * A buyer as buyers.yaml gives it (its stand, its functional contact, its profile), also when it has no public need
     * left and so no page (a withdrawn need's buyer); null when unknown.
     */
    public BuyerConfig configuredBuyer(String id) {
        return id == null || configured == null ? null : configured.byId(id);
    }
}
