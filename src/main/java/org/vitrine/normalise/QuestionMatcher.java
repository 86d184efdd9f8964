package org.vitrine.normalise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vitrine.messages.Messages;
import org.vitrine.config.BuyerConfig;
import org.vitrine.config.Config;
import org.vitrine.config.Fold;
import org.vitrine.model.FileCounts;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.model.Question;
import org.vitrine.model.RawCell;
import org.vitrine.model.RawRecord;
import org.vitrine.model.Reject;
import org.vitrine.normalise.parse.ParseError;
import org.vitrine.normalise.parse.PeriodParser;
import org.vitrine.normalise.parse.Text;
import org.vitrine.context.Run;

/**
 * Gives each need its public questions and answers (rows of the {@code qa} sources), once every need
 * has its final id. A row names its need by id (or the need page's address) or by buyer and reference.
 * Every row is counted: published (on a public need), internal (the need is not public: the question
 * stays out of public files with it), merged (the same question and answer twice) or rejected.
 * Two hash maps, one pass over needs and one over rows.
 */
public final class QuestionMatcher {

    private static final int MAX_TEXT = 4000;

    private final Config config;
    private final Messages messages;
    private final int year;

    public QuestionMatcher(Config config, Messages messages, int year) {
        this.config = config;
        this.messages = messages;
        this.year = year;
    }

    /** The needs, each with its questions; counts and rejects go to the run. */
    public List<Need> attach(List<Need> needs, List<RawRecord> rows, Map<String, Need> previous, LocalDate edition,
            Run run) {
        Map<String, Need> byId = new HashMap<>();
        Map<String, Need> byReference = new HashMap<>();
        for (Need n : needs) {
            byId.put(n.id(), n);
            if (n.reference() != null && !Fold.fold(n.reference()).isEmpty()) {
                byReference.putIfAbsent(n.buyer().id() + "|" + Fold.fold(n.reference()), n);
            }
        }
        Map<String, List<Question>> found = new LinkedHashMap<>();
        for (RawRecord row : rows) {
            FileCounts counts = run.report().counts(row.location().source(), row.location().file());
            Matched m = match(row, byId, byReference);
            if (m.problems != null) {
                counts.rejected++;
                m.problems.forEach(run.report()::reject);
                continue;
            }
            personalData(row, m.need, run, counts);
            List<Question> list = found.computeIfAbsent(m.need.id(), k -> new ArrayList<>());
            if (list.stream().anyMatch(q -> q.sameAs(m.question))) {
                counts.duplicates++;
                continue;
            }
            list.add(m.question);
            if (m.need.isPublic()) {
                counts.published++;
            } else {
                counts.internalOnly++;
            }
        }
        if (found.isEmpty()) {
            return needs;
        }
        List<Need> out = new ArrayList<>(needs.size());
        for (Need n : needs) {
            List<Question> questions = found.get(n.id());
            if (questions == null) {
                out.add(n);
                continue;
            }
            Need before = previous.get(n.id());
            List<Question> stamped = new ArrayList<>(questions.size());
            for (Question q : questions) {
                LocalDate published = before == null ? null : before.questions().stream()
                        .filter(q::sameAs).map(Question::published).findFirst().orElse(null);
                stamped.add(q.withPublished(published != null ? published : edition));
            }
            // Oldest question first; undated ones after, in the order they were read.
            stamped.sort(Comparator.comparing(Question::asked, Comparator.nullsLast(Comparator.naturalOrder())));
            out.add(n.withQuestions(List.copyOf(stamped)));
        }
        return out;
    }

    /**
     * A person's contact or name in a question or an answer, told to the buyer as on a need's row (the public files
     * carry the text without it: PublicView), with what to do in a question sheet, which has no Contact column.
     */
    private void personalData(RawRecord row, Need need, Run run, FileCounts counts) {
        java.util.Set<String> allowed = PublicContacts.of(config.buyers().byId(need.buyer().id()));
        for (String field : List.of("question", "answer")) {
            RawCell cell = row.get(field);
            if (cell == null || cell.isBlank() || cell.text() == null) {
                continue;
            }
            List<String> contacts = org.vitrine.text.ContactsInText.found(cell.text(), allowed);
            List<String> names = org.vitrine.text.PersonNames.found(org.vitrine.text.ContactsInText.removed(cell.text(), allowed));
            for (String[] said : new String[][] {{"normalise.contact_in_text", "questions.contact_in_text.fix", String.join(", ", contacts)},
                    {"normalise.name_in_text", "questions.name_in_text.fix", String.join(", ", names)}}) {
                if (said[2].isEmpty()) {
                    continue;
                }
                var loc = row.location();
                String header = row.header(field);
                run.report().reject(new Reject(loc.source(), loc.file(), loc.sheet(), loc.row(), header, Normaliser.shown(cell.text()),
                        messages.get(said[0], header, said[2]), messages.get(said[1], header), need.buyer().id(), Reject.WARNING));
                counts.warnings++;
            }
        }
    }

    /** A row's question and its need, or the problems that reject the row. */
    private record Matched(Need need, Question question, List<Reject> problems) {
    }

    private Matched match(RawRecord row, Map<String, Need> byId, Map<String, Need> byReference) {
        List<Reject> problems = new ArrayList<>();
        String buyerId = buyerId(row.get("buyer"));
        int maxText = Math.min(MAX_TEXT, config.limits().maxCellChars());
        String question = text(row, "question", maxText, problems, buyerId);
        if (question == null && problems.isEmpty()) {
            problems.add(problem(row, "question", "", "normalise.required", buyerId, messages.get("field.question")));
        }
        String answer = text(row, "answer", maxText, problems, buyerId);
        LocalDate asked = date(row, "asked", problems, buyerId);
        LocalDate answered = date(row, "answered", problems, buyerId);
        Need need = need(row, byId, byReference, problems, buyerId);
        if (!problems.isEmpty()) {
            return new Matched(null, null, problems);
        }
        return new Matched(need, new Question(question, answer, asked, answered, null), null);
    }

    private Need need(RawRecord row, Map<String, Need> byId, Map<String, Need> byReference, List<Reject> problems,
            String buyerId) {
        RawCell id = row.get("need");
        if (id != null && !id.isBlank()) {
            String text = id.text().strip();
            // The page address pasted whole: …/needs/<id>.html
            String key = text.replaceFirst("^.*/needs/", "").replaceFirst("\\.html(#.*)?$", "");
            Need n = byId.get(key);
            if (n == null) {
                // whose need it names: the buyer the row or its file names, else the buyer id its own id starts with
                // (« departement-morvan-sud-cd-27-99 » went to sans-acheteur.csv, told only that it was unknown)
                BuyerConfig owner = buyerId != null ? config.buyers().byId(buyerId) : null;
                owner = owner != null ? owner : buyerOfFile(row.location().file());
                owner = owner != null ? owner : buyerPrefixOf(key);
                if (owner != null && key.startsWith(owner.id() + "-")) {
                    String reference = key.substring(owner.id().length() + 1);
                    problems.add(problem(row, "need", text, "questions.need_unknown_of_buyer", owner.id(), text, owner.name(), reference));
                } else {
                    problems.add(problem(row, "need", text, "questions.need_unknown", buyerId != null ? buyerId
                            : owner == null ? null : owner.id(), text));
                }
            }
            return n;
        }
        RawCell reference = row.get("reference");
        if (buyerId != null && reference != null && !reference.isBlank()) {
            Need n = byReference.get(buyerId + "|" + Fold.fold(reference.text()));
            if (n == null) {
                problems.add(problem(row, "reference", reference.text(), "questions.reference_unknown", buyerId,
                        reference.text().strip(), buyerId));
            }
            return n;
        }
        problems.add(problem(row, "need", "", "questions.need_missing", buyerId));
        return null;
    }

    /** The configured buyer a question file is named after (« departement-morvan-sud-questions.csv »), else null. */
    private BuyerConfig buyerOfFile(String file) {
        String stem = file == null ? "" : file.replaceFirst("\\.[^.]+$", "");
        BuyerConfig exact = config.buyers().find(stem);
        return exact != null ? exact : buyerPrefixOf(stem);
    }

    /** The configured buyer whose id a need id or file name starts with, followed by a hyphen or underscore (the longest). */
    private BuyerConfig buyerPrefixOf(String key) {
        String k = key.toLowerCase(java.util.Locale.ROOT);
        BuyerConfig best = null;
        for (BuyerConfig b : config.buyers().all()) {
            boolean prefix = k.length() > b.id().length() && k.startsWith(b.id())
                    && (k.charAt(b.id().length()) == '-' || k.charAt(b.id().length()) == '_');
            if (prefix && (best == null || b.id().length() > best.id().length())) {
                best = b;
            }
        }
        return best;
    }

    private String buyerId(RawCell cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        // read as a need's buyer is, without a contact or a person's name written beside it
        String name = BuyerNames.withoutPersonalData(cell.text().strip());
        BuyerConfig b = config.buyers().find(name);
        return b != null ? b.id() : Ids.slug(name, Ids.MAX_BUYER_BYTES);
    }

    private String text(RawRecord row, String field, int max, List<Reject> problems, String buyerId) {
        RawCell cell = row.get(field);
        if (cell == null || cell.isBlank()) {
            return null;
        }
        try {
            String s = Text.refuseMarkup(Text.of(cell, max));
            return s.isEmpty() ? null : s;
        } catch (ParseError e) {
            problems.add(problem(row, field, cell.text(), e.key(), buyerId, e.args()));
            return null;
        }
    }

    private LocalDate date(RawRecord row, String field, List<Reject> problems, String buyerId) {
        RawCell cell = row.get(field);
        if (cell == null || cell.isBlank()) {
            return null;
        }
        try {
            Period p = PeriodParser.parse(cell, year);
            if (p.precision() != Period.Precision.day) {
                problems.add(problem(row, field, cell.text(), "questions.not_a_day", buyerId, cell.text()));
                return null;
            }
            return p.start();
        } catch (ParseError e) {
            problems.add(problem(row, field, cell.text(), e.key(), buyerId, e.args()));
            return null;
        }
    }

    private Reject problem(RawRecord row, String field, String value, String key, String buyerId, Object... args) {
        var loc = row.location();
        return new Reject(loc.source(), loc.file(), loc.sheet(), loc.row(), row.header(field), Normaliser.shown(value),
                messages.get(key, args), messages.get(key + ".fix", args), buyerId);
    }
}
