package org.vitrine.risk;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Options and renewals a buyer writes only in the description (docs/RISKS.md §8): the estimated value counts them
 * (R2121-1: « y compris les options et les reconductions »), so a threshold is tested on the total. An amount given
 * after « option(s) », « tranche optionnelle / conditionnelle » or « PSE » is added (« Options : aménagement scénique
 * (350 000 €) »), unless the clause says it is included (« options comprises »); « reconductible N fois » gives N
 * renewals, which the value counts as a range (the amount may or may not cover them already). A pure function.
 */
public record Options(double amount, int renewals) {

    public static final Options NONE = new Options(0, 0);

    private static final Pattern OPTION = Pattern.compile(
            "\\b(options?|tranches? (?:optionnelles?|conditionnelles?)|prestations? suppl[ée]mentaires? [ée]ventuelles?|pse)\\b([^;.\\n]|\\.(?=\\d))*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern AMOUNT = Pattern.compile(
            "(\\d{1,3}(?:[ \u00a0\u202f]\\d{3})+|\\d+)(?:,(\\d+))?\\s*(k€|k ?euros?|m€|m ?euros?|millions? d[’']euros|€|euros?)(?!\\w)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern INCLUDED = Pattern.compile("\\b(compris|comprises|inclus|incluses|incluse)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern RENEWALS = Pattern.compile(
            "\\b(?:reconductibles?|renouvelables?)\\s+(\\d{1,2}|une|deux|trois|quatre|cinq)\\s*(?:fois|x)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Map<String, Integer> WORDS = Map.of("une", 1, "deux", 2, "trois", 3, "quatre", 4, "cinq", 5);

    /** The options and renewals a free text states; {@link #NONE} for null or nothing found. */
    public static Options of(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        double amount = 0;
        Matcher o = OPTION.matcher(text);
        while (o.find()) {
            String clause = o.group();
            if (INCLUDED.matcher(clause).find()) {
                continue;
            }
            Matcher a = AMOUNT.matcher(clause);
            while (a.find()) {
                amount += euros(a);
            }
        }
        int renewals = 0;
        Matcher r = RENEWALS.matcher(text);
        if (r.find()) {
            String n = r.group(1).toLowerCase(Locale.ROOT);
            renewals = WORDS.containsKey(n) ? WORDS.get(n) : Integer.parseInt(n);
        }
        return amount == 0 && renewals == 0 ? NONE : new Options(amount, renewals);
    }

    private static double euros(Matcher a) {
        double v = Double.parseDouble(a.group(1).replaceAll("[ \u00a0\u202f]", "") + (a.group(2) == null ? "" : "." + a.group(2)));
        String unit = a.group(3).toLowerCase(Locale.ROOT);
        return unit.startsWith("k") ? v * 1_000 : unit.startsWith("m") ? v * 1_000_000 : v;
    }

    public boolean any() {
        return amount > 0 || renewals > 0;
    }
}
