package org.vitrine.publish.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.vitrine.model.EditionInfo;
import org.vitrine.model.Need;
import org.vitrine.model.Question;
import org.vitrine.publish.Site;

/**
 * The entries of feed.xml, the catalogue's Atom feed of news: every need's publication (« Nouveau », dated by the
 * edition that first published it), its latest revision (« Modifié », dated by the edition that made it), the public
 * questions and answers (their publication date) and the year's withdrawals (« Retiré », the edition that withdrew
 * it), newest first, at most {@link #KEEP} entries. It was only this edition's changes (supplier Y, D10: 231 entries in
 * the first edition, 1 in the second, so a new subscriber got no history), where the buyers' and the divisions'
 * feeds keep every need: the entries are rebuilt from the needs' own dates, which carry over from one edition to the
 * next (publish/Changes), so the same inputs and {@code --date} give the same feed, and an entry keeps its id from
 * one edition to the next (a feed reader shows it once).
 */
public final class ChangeFeed {

    /**
     * The entries kept: the newest 500 (a year of a few hundred needs whole, its last editions at 20,000), and every
     * entry of this edition whatever their number, so that a reader polling each edition misses none.
     */
    public static final int KEEP = 500;

    /**
     * One entry: its kind (new, revised, question, withdrawn), its date, and the need with its question, or the
     * withdrawn need; {@code current}: this edition's own change (a revision's summary then lists the fields changed).
     */
    public record Entry(String kind, LocalDate date, Need need, Question question, EditionInfo.Withdrawn withdrawn, boolean current) {
    }

    private ChangeFeed() {
    }

    public static List<Entry> entries(Site site) {
        EditionInfo edition = (EditionInfo) site.model().get("edition");
        LocalDate today = edition.date();
        List<Entry> all = new ArrayList<>();
        for (Need n : site.needs()) {
            LocalDate first = n.firstPublished() != null ? n.firstPublished() : today;
            LocalDate modified = n.modified() != null ? n.modified() : first;
            all.add(new Entry("new", first, n, null, null, first.equals(today)));
            if (modified.isAfter(first)) {
                all.add(new Entry("revised", modified, n, null, null, "revised".equals(n.change()) && modified.equals(today)));
            }
        }
        for (Need n : site.needs()) {
            for (Question q : n.questions()) {
                LocalDate published = q.published() != null ? q.published() : today;
                all.add(new Entry("question", published, n, q, null, published.equals(today)));
            }
        }
        for (EditionInfo.Withdrawn w : Feeds.withdrawn(site)) {
            LocalDate date = w.date() != null ? w.date() : today;
            all.add(new Entry("withdrawn", date, null, null, w, date.equals(today)));
        }
        // newest first; on one date, in the order above (the needs in the site's order): a stable sort
        all.sort(Comparator.comparing(Entry::date).reversed());
        int keep = Math.max(KEEP, (int) all.stream().filter(Entry::current).count());
        return List.copyOf(all.subList(0, Math.min(keep, all.size())));
    }
}
