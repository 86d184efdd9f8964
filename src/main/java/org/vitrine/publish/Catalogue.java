package org.vitrine.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vitrine.cli.Messages;
import org.vitrine.publish.catalogue.Facets;
import org.vitrine.publish.catalogue.Feeds;
import org.vitrine.publish.catalogue.IcsExport;
import org.vitrine.publish.catalogue.Labels;
import org.vitrine.publish.catalogue.OcdsExport;
import org.vitrine.publish.catalogue.SearchIndex;
import org.vitrine.publish.catalogue.Timeline;

/**
 * Writes the static catalogue from templates/catalogue: index.html (search over every public need),
 * changes.html and feed.xml (since the previous edition), calendar, about and accessibility pages,
 * one page and .ics per need, one page and Atom feed per exhibitor, a feed per CPV division,
 * data/ocds.json, calendar.ics, and the assets (style, script, search index).
 */
public final class Catalogue {

    /** Above this many needs, index.html lists exhibitors rather than every need (the page stays light). */
    public static final int FULL_LIST_LIMIT = 2000;

    private static final List<String> TOP_PAGES = List.of("index", "changes", "calendar", "about", "accessibility");

    private final Templates templates;
    private final Path templateDir;

    public Catalogue(Templates templates, Path templateDir) {
        this.templates = templates;
        this.templateDir = templateDir;
    }

    public void write(Path publicDir, Site site) throws IOException {
        write(publicDir, site, org.vitrine.run.Progress.NONE, "");
    }

    public void write(Path publicDir, Site site, org.vitrine.run.Progress progress, String label) throws IOException {
        try (org.vitrine.run.Progress.Stage stage = progress.start(label, site.needs().size() + site.buyers().size() + 2L)) {
            writePages(publicDir, site, stage);
            writeData(publicDir, site);
        }
    }

    /** Only index.html and its assets: what the search needs (benchmarks of the page on large forecasts). */
    public void writeIndex(Path publicDir, Site site) throws IOException {
        templates.render("catalogue/index.ftlh", with(baseModel(site), "root", ""), publicDir.resolve("index.html"));
        writeAssets(publicDir, site);
    }

    private static Map<String, Object> baseModel(Site site) {
        Messages msg = (Messages) site.model().get("msg");
        Map<String, Object> base = new HashMap<>(site.model());
        base.put("fullList", site.needs().size() <= FULL_LIST_LIMIT);
        base.put("quarters", Timeline.quarters(site.needs(), msg));
        base.put("vague", Timeline.vague(site.needs()));
        return base;
    }

    private void writeAssets(Path publicDir, Site site) throws IOException {
        Path assets = Files.createDirectories(publicDir.resolve("assets"));
        for (String asset : List.of("style.css", "catalogue.js")) {
            try (InputStream in = Files.newInputStream(templateDir.resolve("catalogue").resolve(asset))) {
                Files.copy(in, assets.resolve(asset), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        new SearchIndex(site, (Messages) site.model().get("msg")).write(assets.resolve("needs-index.js"));
    }

    private void writePages(Path publicDir, Site site, org.vitrine.run.Progress.Stage stage) throws IOException {
        Messages msg = (Messages) site.model().get("msg");
        Map<String, Object> base = baseModel(site);
        for (String page : TOP_PAGES) {
            templates.render("catalogue/" + page + ".ftlh", with(base, "root", ""), publicDir.resolve(page + ".html"));
        }
        templates.render("catalogue/feed.ftlx", with(base, "root", ""), publicDir.resolve("feed.xml"));
        stage.step();
        IcsExport ics = new IcsExport(site, msg);
        for (var need : site.needs()) {
            Map<String, Object> m = with(base, "root", "../");
            m.put("need", need);
            m.put("buyer", site.buyer(need.buyer().id()));
            String division = Facets.division(need);
            m.put("division", division);
            m.put("divisionLabel", division.isEmpty() ? "" : Labels.division(division, msg.lang()));
            templates.render("catalogue/need.ftlh", m, publicDir.resolve("needs").resolve(need.id() + ".html"));
            ics.writeOne(publicDir.resolve("needs").resolve(need.id() + ".ics"), need);
            stage.step();
        }
        for (Site.BuyerPage b : site.buyers()) {
            Map<String, Object> m = with(base, "root", "../");
            m.put("buyer", b);
            templates.render("catalogue/buyer.ftlh", m, publicDir.resolve("buyers").resolve(b.id() + ".html"));
            stage.step();
        }
        writeAssets(publicDir, site);
        stage.step();
    }

    private void writeData(Path publicDir, Site site) throws IOException {
        Messages msg = (Messages) site.model().get("msg");
        new OcdsExport(site, msg, (String) site.model().get("ocidPrefix")).write(publicDir.resolve("data").resolve("ocds.json"));
        new IcsExport(site, msg).writeAll(publicDir.resolve("calendar.ics"));
        new Feeds(templates, site, msg).write(publicDir);
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
        pages.add("data/ocds.json");
        pages.add("assets/needs-index.js");
        site.needs().forEach(n -> pages.add("needs/" + n.id() + ".html"));
        site.needs().forEach(n -> pages.add("needs/" + n.id() + ".ics"));
        site.buyers().forEach(b -> pages.add("buyers/" + b.id() + ".html"));
        site.buyers().forEach(b -> pages.add("feeds/buyer-" + b.id() + ".xml"));
        Feeds.byDivision(site.needs()).keySet().forEach(d -> pages.add("feeds/cpv-" + d + ".xml"));
        return pages;
    }
}
