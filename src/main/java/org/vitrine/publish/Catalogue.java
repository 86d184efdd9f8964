package org.vitrine.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the static catalogue from templates/catalogue: index.html (every public need), changes.html
 * and feed.xml (since the previous edition), one page per need (needs/<id>.html) and per exhibitor
 * (buyers/<id>.html), and the style sheet.
 */
public final class Catalogue {

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
        }
    }

    private void writePages(Path publicDir, Site site, org.vitrine.run.Progress.Stage stage) throws IOException {
        Map<String, Object> base = site.model();
        templates.render("catalogue/index.ftlh", with(base, "root", ""), publicDir.resolve("index.html"));
        templates.render("catalogue/changes.ftlh", with(base, "root", ""), publicDir.resolve("changes.html"));
        templates.render("catalogue/feed.ftlx", with(base, "root", ""), publicDir.resolve("feed.xml"));
        for (var need : site.needs()) {
            Map<String, Object> m = with(base, "root", "../");
            m.put("need", need);
            m.put("buyer", site.buyer(need.buyer().id()));
            templates.render("catalogue/need.ftlh", m, publicDir.resolve("needs").resolve(need.id() + ".html"));
            stage.step();
        }
        for (Site.BuyerPage b : site.buyers()) {
            Map<String, Object> m = with(base, "root", "../");
            m.put("buyer", b);
            templates.render("catalogue/buyer.ftlh", m, publicDir.resolve("buyers").resolve(b.id() + ".html"));
            stage.step();
        }
        Path assets = Files.createDirectories(publicDir.resolve("assets"));
        try (InputStream css = Files.newInputStream(templateDir.resolve("catalogue/style.css"))) {
            Files.copy(css, assets.resolve("style.css"), StandardCopyOption.REPLACE_EXISTING);
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
        pages.add("index.html");
        pages.add("changes.html");
        pages.add("feed.xml");
        site.needs().forEach(n -> pages.add("needs/" + n.id() + ".html"));
        site.buyers().forEach(b -> pages.add("buyers/" + b.id() + ".html"));
        return pages;
    }
}
