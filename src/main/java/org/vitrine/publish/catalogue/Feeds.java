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
import org.vitrine.model.EditionInfo;
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
        List<EditionInfo.Withdrawn> withdrawn = withdrawn(site);
        for (Site.BuyerPage b : site.buyers()) {
            List<EditionInfo.Withdrawn> gone = withdrawn.stream().filter(w -> b.id().equals(Withdrawals.buyerId(w, site.buyers()))).toList();
            jobs.add(() -> render(shared, dir, "buyer-" + b.id(), msg.get("cat.feed.buyer", fmt.ofName(b.name())), "buyers/" + b.id() + ".html",
                    b.needs(), gone));
        }
        Map<String, List<Need>> live = byDivision(site.needs());
        for (String division : divisions(site)) {
            String label = Labels.division(division, msg.lang());
            List<EditionInfo.Withdrawn> gone = withdrawn.stream().filter(w -> division.equals(Withdrawals.division(w))).toList();
            jobs.add(() -> render(shared, dir, "cpv-" + division, msg.get("cat.feed.cpv", division, label), "index.html#division=" + division,
                    live.getOrDefault(division, List.of()), gone));
        }
        return jobs;
    }

    /**
     * The withdrawn needs these feeds list as « Retiré » (supplier X, D2: a need withdrawn vanished silently from its buyer's
     * and its division's feeds, where only feed.xml said so): every withdrawal of the year with its own page, not a need
     * published again.
     */
    static List<EditionInfo.Withdrawn> withdrawn(Site site) {
        EditionInfo edition = (EditionInfo) site.model().get("edition");
        if (edition == null || edition.withdrawn() == null) {
            return List.of();
        }
        java.util.Set<String> live = new java.util.HashSet<>();
        site.needs().forEach(n -> live.add(n.id()));
        return edition.withdrawn().stream().filter(w -> !live.contains(w.id()) && Withdrawals.safeId(w.id())).toList();
    }

    /** The CPV divisions with a feed: those of the public needs and of the withdrawn ones, in code order. */
    public static java.util.SortedSet<String> divisions(Site site) {
        java.util.SortedSet<String> out = new java.util.TreeSet<>(byDivision(site.needs()).keySet());
        withdrawn(site).forEach(w -> {
            String d = Withdrawals.division(w);
            if (!d.isEmpty()) {
                out.add(d);
            }
        });
        return out;
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

    private void render(Templates.Shared shared, Path dir, String name, String title, String alternate, List<Need> needs,
            List<EditionInfo.Withdrawn> withdrawn) throws IOException {
        Map<String, Object> m = new HashMap<>(8);
        m.put("feedTitle", title);
        m.put("feedPath", "feeds/" + name + ".xml");
        m.put("feedAlternate", alternate);
        m.put("feedNeeds", needs);
        m.put("feedWithdrawn", withdrawn);
        templates.write("catalogue/feed-list.ftlx", shared.with(m), dir.resolve(name + ".xml"));
    }
}
