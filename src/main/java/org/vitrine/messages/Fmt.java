package org.vitrine.messages;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.vitrine.model.Amount;
import org.vitrine.model.Period;

/**
 * Formats values for pages and the brochure, the same way everywhere and whatever the machine's
 * locale: French amounts with a narrow no-break space, periods as "mars 2027", "T2 2027"...
 * Exposed to templates as {@code fmt}.
 */
public final class Fmt {

    private final Messages messages;
    private final Locale locale;
    private final DateTimeFormatter dayFormat;
    private final DateTimeFormatter firstOfMonthFormat;
    private final DateTimeFormatter monthFormat;

    public Fmt(Messages messages) {
        this.messages = messages;
        this.locale = messages.locale();
        boolean en = "en".equals(locale.getLanguage());
        this.dayFormat = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        // French writes the first of the month as an ordinal: "1er mars 2027" (Imprimerie nationale).
        this.firstOfMonthFormat = en ? dayFormat : DateTimeFormatter.ofPattern("d'er' MMMM yyyy", locale);
        this.monthFormat = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
        this.names = new org.vitrine.messages.FrenchOf(messages);
        this.changes = new org.vitrine.messages.ChangeText(this, messages);
    }

    /** A number with thousands separated, no decimals unless needed. */
    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        return numberFormat.get().format(value);
    }

    /** DecimalFormat is not thread-safe and costly to build: one per thread (pages render in parallel). */
    private final ThreadLocal<DecimalFormat> numberFormat = ThreadLocal.withInitial(this::newNumberFormat);

    private DecimalFormat newNumberFormat() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        boolean en = "en".equals(locale.getLanguage());
        symbols.setGroupingSeparator(en ? ',' : '\u202F');
        symbols.setDecimalSeparator(en ? '.' : ',');
        return new DecimalFormat("#,##0.##", symbols);
    }

    public String amount(Amount a) {
        if (a == null) {
            return "";
        }
        String eur = "\u00A0€";
        String text;
        if (a.max() == null) {
            // in words, as the brochure writes them: « > 1 000 000 € » read as a sign on a phone
            text = messages.get("label.amount_more", number(a.min()) + eur);
        } else if (a.min() != null && a.min().signum() == 0 && a.max().signum() > 0) {
            text = messages.get("label.amount_less", number(a.max()) + eur);
        } else if (a.min() != null && a.min().compareTo(a.max()) != 0) {
            text = number(a.min()) + " – " + number(a.max()) + eur;
        } else {
            text = number(a.max()) + eur;
        }
        return "annual".equals(a.basis()) ? text + " " + messages.get("label.per_year") : text;
    }

    /**
     * A need's amount as its page reads it: the figure given and, for a yearly amount, the total over the
     * duration ("900 000 € par an, soit 2 700 000 € sur 36 mois"), or that the duration is unknown.
     */
    public String amountOf(org.vitrine.model.Need n) {
        Amount a = n == null ? null : n.amount();
        if (a == null) {
            return "";
        }
        if (!"annual".equals(a.basis())) {
            return amount(a);
        }
        String yearly = amount(a.withBasis("total"));
        if (!org.vitrine.model.TotalValue.isScaled(n)) {
            return messages.get("cat.amount.annual_no_duration", yearly);
        }
        return messages.get("cat.amount.annual_total", yearly, amount(org.vitrine.model.TotalValue.of(n)), n.durationMonths());
    }

    /**
     * The bid deadline: the buyer's own date when given, else the launch window plus the response time the
     * buyer gives ("vers le 5 avril 2027", or a window "entre le 1er et le 31 avril" for a month), said to be
     * an estimate; "" when neither is known.
     */
    public String deadline(org.vitrine.model.Need n) {
        if (n == null) {
            return "";
        }
        if (n.deadline() != null) {
            return period(n.deadline());
        }
        if (n.responseDays() == null || n.launch() == null || n.launch().start() == null) {
            return "";
        }
        java.time.LocalDate from = n.launch().start().plusDays(n.responseDays());
        java.time.LocalDate to = (n.launch().end() == null ? n.launch().start() : n.launch().end()).plusDays(n.responseDays());
        String when = from.equals(to) ? messages.get("cat.deadline.day", date(from))
                : messages.get("cat.deadline.window", date(from), date(to));
        return messages.get("cat.deadline.estimated", when, n.responseDays());
    }

    public String period(Period p) {
        if (p == null) {
            return "";
        }
        // A forecast has few distinct periods (months, quarters of a year or two) and pages ask for them
        // again and again: formatted once each.
        return periods.computeIfAbsent(p, this::formatPeriod);
    }

    private final java.util.Map<Period, String> periods = new java.util.concurrent.ConcurrentHashMap<>();

    private String formatPeriod(Period p) {
        int y = p.start().getYear();
        return switch (p.precision()) {
            case day -> date(p.start());
            case month -> monthFormat.format(p.start());
            case quarter -> messages.get("label.quarter", (p.start().getMonthValue() + 2) / 3, String.valueOf(y));
            case half -> messages.get("label.half", p.start().getMonthValue() < 7 ? 1 : 2, String.valueOf(y));
            case year -> String.valueOf(y);
        };
    }

    /** A translated label for a canonical code: label("procedure", "open"). */
    public String label(String kind, Object code) {
        if (code == null) {
            return "";
        }
        String key = "label." + kind + "." + code;
        return messages.has(key) ? messages.get(key) : code.toString();
    }

    /**
     * An award's holders for staff and buyers (internal texts only: never published unless privacy.publishIncumbent,
     * which publishes names, not this): each by its name, else by its identifier said as one (« SIRET 775 123 456
     * 00045, nom absent des données essentielles »; the 2022 format gives no name), distinct, joined; "" for none.
     */
    public String holders(java.util.List<org.vitrine.model.Award.Holder> holders) {
        return String.join(", ", holders.stream().map(this::holder).filter(h -> !h.isEmpty()).distinct().toList());
    }

    private String holder(org.vitrine.model.Award.Holder h) {
        if (h.name() != null) {
            return h.name();
        }
        if (h.id() == null || h.id().isBlank()) {
            return "";
        }
        String digits = h.id().replaceAll("[\\s.]", "");
        return digits.matches("[0-9]{14}")
                ? messages.get("awards.holder.siret", digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6, 9)
                        + " " + digits.substring(9))
                : messages.get("awards.holder.id", h.id().strip());
    }

    public String yesNo(Boolean value) {
        return value == null ? "" : messages.get(value ? "label.yes" : "label.no");
    }

    public String date(java.time.LocalDate d) {
        return d == null ? "" : (d.getDayOfMonth() == 1 ? firstOfMonthFormat : dayFormat).format(d);
    }

    /**
     * A date with its weekday, as a visitor reads a day out: « jeudi 4 février 2027 », « lundi 1er mars 2027 »,
     * "Thursday 4 February 2027" (designer X, D5: the practical page's date).
     */
    public String dateWithWeekday(java.time.LocalDate d) {
        return d == null ? "" : DateTimeFormatter.ofPattern("EEEE", locale).format(d) + " " + date(d);
    }

    /** A date given as text in the config ("2027-02-04") formatted as a date; other text as it is. */
    public String isoDate(String text) {
        try {
            return date(java.time.LocalDate.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            return text;
        }
    }

    /** A mailto: link with subject and body encoded (spaces as %20, as mail clients expect). */
    public String mailto(String email, String subject, String body) {
        return "mailto:" + email + "?subject=" + encode(subject) + "&body=" + encode(body);
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s == null ? "" : s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * "of" before a buyer's name as French writes it: "du Centre hospitalier", "de la Ville de Dijon",
     * "de l’Université", "des Hospices civils", "d’Annecy"; the name unchanged in English (the message
     * carries "of"). The genders of the usual first words of buyers' names are in the catalogue bundle.
     */
    public String ofName(String name) {
        return names.of(name);
    }

    /** A buyer's name with its article, as after « par » ({@link FrenchOf#the}). */
    public String theName(String name) {
        return names.the(name);
    }

    private final org.vitrine.messages.FrenchOf names;

    /** A changed field's old and new values as the page reads them ("55 000 € → 75 000 €"); see ChangeText. */
    public java.util.List<String> changeValues(org.vitrine.model.FieldChange change) {
        return changes.values(change);
    }

    private final org.vitrine.messages.ChangeText changes;
}
