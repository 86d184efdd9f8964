package org.vitrine.publish;

import org.vitrine.model.EditionInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vitrine.messages.Messages;
import org.vitrine.model.Need;
import org.vitrine.publish.catalogue.Facets;
import org.vitrine.publish.catalogue.Feeds;
import org.vitrine.publish.catalogue.IcsExport;
import org.vitrine.publish.catalogue.Labels;
import org.vitrine.publish.catalogue.OcdsExport;
import org.vitrine.publish.catalogue.SearchIndex;
import org.vitrine.publish.catalogue.Timeline;
import org.vitrine.context.Parallel;

/**
 * Writes the static catalogue from templates/catalogue: index.html (search over every public need),
 * changes.html and feed.xml (since the previous edition), calendar, about and accessibility pages,
 * one page and .ics per need, one page and Atom feed per exhibitor, a feed per CPV division,
 * data/ocds.json, calendar.ics, and the assets (style, script, search index).
 */
public final class Catalogue {

    /** Above this many needs, index.html lists exhibitors rather than every need (the page stays light). */
    public static final int FULL_LIST_LIMIT = 2000;

    private static final List<String> TOP_PAGES = List.of("index", "changes", "calendar", "about", "accessibility", "event");

    /** How many needs index.html lists before its script runs, on a large forecast (the script's first page). */
    public static final int FIRST_RESULTS = 50;

    private final Templates templates;
    private final Path templateDir;

    public Catalogue(Templates templates, Path templateDir) {
        this.templates = templates;
        this.templateDir = templateDir;
    }

    public void write(Path publicDir, Site site) throws IOException {
        write(publicDir, site, org.vitrine.context.Progress.NONE, "");
    }

    public void write(Path publicDir, Site site, org.vitrine.context.Progress progress, String label) throws IOException {
        try (org.vitrine.context.Progress.Stage stage = progress.start(label, site.needs().size() + site.buyers().size() + 2L)) {
            Map<String, Object> base = baseModel(site);
            copyAssets(publicDir);
            if (site.model().get("eventPlan") instanceof org.vitrine.publish.catalogue.EventPlan plan) {
                plan.copyTo(publicDir);
            }
            Files.createDirectories(publicDir.resolve("data"));
            // Every file is independent of the others: the top pages, pages (each from its own record),
            // feeds, data and the search index, shared out over the cores. The order files are written in
            // changes no byte.
            Parallel.run(tasks(publicDir, site, base, stage));
            // Copies for servers that send them as they are (gzip_static): written last, from the files above.
            org.vitrine.publish.catalogue.Precompressed.writeAll(publicDir);
            stage.step();
        }
    }

    /** Only index.html and its assets: what the search needs (benchmarks of the page on large forecasts). */
    public void writeIndex(Path publicDir, Site site) throws IOException {
        Map<String, Object> m = with(baseModel(site), "root", "");
        m.put("path", "index.html");
        templates.render("catalogue/index.ftlh", m, publicDir.resolve("index.html"));
        copyAssets(publicDir);
        new SearchIndex(site, (Messages) site.model().get("msg")).write(publicDir.resolve("assets").resolve("needs-index.js"));
        org.vitrine.publish.catalogue.Precompressed.writeAll(publicDir);
    }

    private static Map<String, Object> baseModel(Site site) {
        Messages msg = (Messages) site.model().get("msg");
        Map<String, Object> base = new HashMap<>(site.model());
        boolean full = site.needs().size() <= FULL_LIST_LIMIT;
        List<Need> ordered = org.vitrine.publish.catalogue.DefaultOrder.sort(site.needs(), msg.locale());
        base.put("fullList", full);
        base.put("firstEdition", site.firstEdition());
        base.put("timing", org.vitrine.publish.catalogue.LaunchTiming.of(site.model()));
        base.put("salonIcs", salonIcs(site));
        // a need page links its .ics when the file is written: the one test of both (IcsExport.offers)
        base.put("ics", new IcsExport(site, msg));
        // the script's first page of results, in its order: what a phone shows before the index arrives
        base.put("firstNeeds", full ? ordered : ordered.subList(0, Math.min(FIRST_RESULTS, ordered.size())));
        // one row per contract, as the list and its quarter filter count (supplier Y: a groupement's four shares made
        // the calendar's quarters 80/95/50/31 against the filter's 77/92/44/28)
        List<Need> contracts = site.groups().rows(site.needs());
        List<Timeline.Slot> slots = Timeline.slots(contracts, msg);
        base.put("slots", slots);
        base.put("quarters", Timeline.quarters(slots, msg));
        base.put("vague", Timeline.vague(slots));
        base.put("undated", Timeline.undated(contracts));
        return base;
    }

    /** Whether salon.ics is written: the event has a valid day. */
    private static boolean salonIcs(Site site) {
        return IcsExport.salonDay((org.vitrine.config.VitrineConfig.Event) site.model().get("event")) != null;
    }

    private void copyAssets(Path publicDir) throws IOException {
        Path assets = Files.createDirectories(publicDir.resolve("assets"));
        for (String asset : List.of("style.css", "catalogue.js", "favicon.svg")) {
            try (InputStream in = Files.newInputStream(templateDir.resolve("catalogue").resolve(asset))) {
                Files.copy(in, assets.resolve(asset), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /**
     * The heavy single files first (they set the length of the run: the top pages list every need on
     * large forecasts), then feeds, then pages by batches.
     */
    private List<Parallel.Job> tasks(Path publicDir, Site site, Map<String, Object> base, org.vitrine.context.Progress.Stage stage)
            throws IOException {
        Messages msg = (Messages) site.model().get("msg");
        List<Parallel.Job> jobs = new ArrayList<>();
        Templates.Shared top = templates.share(with(base, "root", ""));
        // Streamed, not built in memory: on large forecasts these pages list every need (tens of MB).
        for (String page : TOP_PAGES) {
            jobs.add(() -> templates.render("catalogue/" + page + ".ftlh", top.with(Map.of("path", page + ".html")),
                    publicDir.resolve(page + ".html")));
        }
        // the year's news, not only this edition's (ChangeFeed; supplier Y, D10)
        jobs.add(() -> templates.render("catalogue/feed.ftlx", top.with(Map.of("feedEntries", org.vitrine.publish.catalogue.ChangeFeed.entries(site))),
                publicDir.resolve("feed.xml")));
        jobs.add(() -> new OcdsExport(site, msg, (String) site.model().get("ocidPrefix")).write(publicDir.resolve("data").resolve("ocds.json")));
        IcsExport ics = new IcsExport(site, msg);
        jobs.add(() -> ics.writeAll(publicDir.resolve("calendar.ics")));
        jobs.add(() -> ics.writeSalon(publicDir.resolve("salon.ics")));
        jobs.add(() -> new SearchIndex(site, msg).write(publicDir.resolve("assets").resolve("needs-index.js")));
        jobs.addAll(new Feeds(templates, site, msg).jobs(publicDir));
        // One model of the site, wrapped once for the templates, behind every need and exhibitor page.
        Templates.Shared shared = templates.share(with(base, "root", "../"));
        Path needsDir = Files.createDirectories(publicDir.resolve("needs"));
        Path calendarDir = Files.createDirectories(publicDir.resolve("calendar"));
        @SuppressWarnings("unchecked")
        List<Timeline.Slot> slots = (List<Timeline.Slot>) base.get("slots");
        // month pages link the month before and after (those that have launches)
        List<Timeline.Slot> months = slots.stream().filter(Timeline.Slot::isMonth).sorted(java.util.Comparator.comparing(Timeline.Slot::key)).toList();
        for (Timeline.Slot slot : slots) {
            Map<String, Object> m = new HashMap<>(Map.of("slot", slot, "path", slot.file()));
            int at = months.indexOf(slot);
            if (at > 0) {
                m.put("prevSlot", months.get(at - 1));
            }
            if (at >= 0 && at + 1 < months.size()) {
                m.put("nextSlot", months.get(at + 1));
            }
            jobs.add(() -> templates.write("catalogue/calendar-slot.ftlh", shared.with(m), calendarDir.resolve(slot.key() + ".html")));
        }
        // A withdrawn need's address says it was withdrawn, and when, rather than giving a 404.
        EditionInfo edition = (EditionInfo) site.model().get("edition");
        java.util.Set<String> live = new java.util.HashSet<>();
        site.needs().forEach(n -> live.add(n.id()));
        for (EditionInfo.Withdrawn w : edition.withdrawn()) {
            if (!live.contains(w.id()) && org.vitrine.publish.catalogue.Withdrawals.safeId(w.id())) {
                // its buyer's page (a link) while the buyer has one, and its stand, where a supplier can ask why (supplier Y, D5)
                String buyerId = org.vitrine.publish.catalogue.Withdrawals.buyerId(w, site.buyers());
                Map<String, Object> wm = new HashMap<>(Map.of("withdrawn", w, "path", "needs/" + w.id() + ".html"));
                if (buyerId != null && site.buyer(buyerId) != null) {
                    wm.put("withdrawnBuyer", site.buyer(buyerId));
                }
                org.vitrine.config.BuyerConfig configured = site.configuredBuyer(buyerId);
                if (configured != null && configured.stand() != null && !configured.stand().isBlank()) {
                    wm.put("withdrawnStand", configured.stand().strip());
                }
                jobs.add(() -> templates.write("catalogue/withdrawn.ftlh", shared.with(wm), needsDir.resolve(w.id() + ".html")));
                if (ics.cancels(w)) {
                    jobs.add(() -> ics.writeCancelled(needsDir.resolve(w.id() + ".ics"), w));
                }
            }
        }
        for (List<Need> batch : batches(site.needs())) {
            jobs.add(() -> {
                for (Need need : batch) {
                    Map<String, Object> m = new HashMap<>(8);
                    m.put("need", need);
                    m.put("path", "needs/" + need.id() + ".html");
                    m.put("buyer", site.buyer(need.buyer().id()));
                    String division = Facets.division(need);
                    m.put("division", division);
                    m.put("divisionLabel", division.isEmpty() ? "" : Labels.division(division, msg.lang()));
                    templates.write("catalogue/need.ftlh", shared.with(m), needsDir.resolve(need.id() + ".html"));
                    if (ics.offers(need)) {
                        ics.writeLaunch(needsDir.resolve(need.id() + ".ics"), need);
                    }
                    step(stage);
                }
            });
        }
        Path buyersDir = Files.createDirectories(publicDir.resolve("buyers"));
        for (List<Site.BuyerPage> batch : batches(site.buyers())) {
            jobs.add(() -> {
                for (Site.BuyerPage b : batch) {
                    templates.write("catalogue/buyer.ftlh", shared.with(Map.of("buyer", b, "path", "buyers/" + b.id() + ".html")),
                            buyersDir.resolve(b.id() + ".html"));
                    step(stage);
                }
            });
        }
        return jobs;
    }

    private static <T> List<List<T>> batches(List<T> items) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i += 64) {
            out.add(items.subList(i, Math.min(items.size(), i + 64)));
        }
        return out;
    }

    private static void step(org.vitrine.context.Progress.Stage stage) {
        synchronized (stage) {
            stage.step();
        }
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> m = new HashMap<>(base);
        m.put(key, value);
        return m;
    }

    /** For tests and other writers: the list of files the catalogue writes for these needs. */
    public static List<String> pagesFor(Site site) {
        var pages = new java.util.ArrayList<String>();
        TOP_PAGES.forEach(p -> pages.add(p + ".html"));
        pages.add("feed.xml");
        pages.add("calendar.ics");
        if (salonIcs(site)) {
            pages.add("salon.ics");
        }
        pages.add("data/ocds.json");
        pages.add("assets/needs-index.js");
        site.needs().forEach(n -> pages.add("needs/" + n.id() + ".html"));
        IcsExport ics = new IcsExport(site, (Messages) site.model().get("msg"));
        site.needs().stream().filter(ics::offers).forEach(n -> pages.add("needs/" + n.id() + ".ics"));
        site.buyers().forEach(b -> pages.add("buyers/" + b.id() + ".html"));
        Timeline.slots(site.groups().rows(site.needs()), (Messages) site.model().get("msg")).forEach(s -> pages.add(s.file()));
        site.buyers().forEach(b -> pages.add("feeds/buyer-" + b.id() + ".xml"));
        Feeds.divisions(site).forEach(d -> pages.add("feeds/cpv-" + d + ".xml"));
        return pages;
    }
}
