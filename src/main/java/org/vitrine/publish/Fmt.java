package org.vitrine.publish;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.vitrine.cli.Messages;
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
            text = "> " + number(a.min()) + eur;
        } else if (a.min() != null && a.min().signum() == 0 && a.max().signum() > 0) {
            text = "< " + number(a.max()) + eur;
        } else if (a.min() != null && a.min().compareTo(a.max()) != 0) {
            text = number(a.min()) + " – " + number(a.max()) + eur;
        } else {
            text = number(a.max()) + eur;
        }
        return "annual".equals(a.basis()) ? text + " " + messages.get("label.per_year") : text;
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

    public String yesNo(Boolean value) {
        return value == null ? "" : messages.get(value ? "label.yes" : "label.no");
    }

    public String date(java.time.LocalDate d) {
        return d == null ? "" : (d.getDayOfMonth() == 1 ? firstOfMonthFormat : dayFormat).format(d);
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
}
