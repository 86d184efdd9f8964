package org.vitrine.publish.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vitrine.messages.Messages;
import org.vitrine.model.Need;
import org.vitrine.context.Parallel;
import org.vitrine.publish.Site;
import org.vitrine.publish.Templates;

/**
 * The alerts of a static site: an Atom feed per exhibitor (feeds/buyer-&lt;id&gt;.xml) and per CPV
 * division (feeds/cpv-&lt;division&gt;.xml), each listing the public needs it covers.
 */
public final class Feeds {

    private final Templates templates;
    private final Site site;
    private final Messages msg;

    public Feeds(Templates templates, Site site, Messages msg) {
        this.templates = templates;
        this.site = site;
        this.msg = msg;
    }

    public void write(Path publicDir) throws IOException {
        Parallel.run(jobs(publicDir));
    }

    /** One job per feed (the catalogue runs them with its pages); the site's model is wrapped once. */
    public List<Parallel.Job> jobs(Path publicDir) throws IOException {
        Path dir = Files.createDirectories(publicDir.resolve("feeds"));
        Templates.Shared shared = templates.share(site.model());
        List<Parallel.Job> jobs = new ArrayList<>();
        org.vitrine.messages.Fmt fmt = new org.vitrine.messages.Fmt(msg);
        for (Site.BuyerPage b : site.buyers()) {
            jobs.add(() -> render(shared, dir, "buyer-" + b.id(), msg.get("cat.feed.buyer", fmt.ofName(b.name())), "buyers/" + b.id() + ".html", b.needs()));
        }
        for (var d : byDivision(site.needs()).entrySet()) {
            String division = d.getKey();
            String label = Labels.division(division, msg.lang());
            jobs.add(() -> render(shared, dir, "cpv-" + division, msg.get("cat.feed.cpv", division, label), "index.html#division=" + division,
                    d.getValue()));
        }
        return jobs;
    }

    /** Public needs by CPV division, divisions in code order. */
    public static Map<String, List<Need>> byDivision(List<Need> needs) {
        Map<String, List<Need>> out = new TreeMap<>();
        for (Need n : needs) {
            String d = Facets.division(n);
            if (!d.isEmpty()) {
                out.computeIfAbsent(d, k -> new ArrayList<>()).add(n);
            }
        }
        return out;
    }

    private void render(Templates.Shared shared, Path dir, String name, String title, String alternate, List<Need> needs)
            throws IOException {
        Map<String, Object> m = new HashMap<>(8);
        m.put("feedTitle", title);
        m.put("feedPath", "feeds/" + name + ".xml");
        m.put("feedAlternate", alternate);
        m.put("feedNeeds", needs);
        templates.write("catalogue/feed-list.ftlx", shared.with(m), dir.resolve(name + ".xml"));
    }
}
