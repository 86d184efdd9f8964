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
 * renewals, which the value counts as a range (the amount may or may not cover them already), or exactly when the
 * sentence states a renewal's amount (« reconductible 2 fois 1 an (95 000 € par an) »). A pure function.
 */
public record Options(double amount, int renewals, double perRenewal) {

    public static final Options NONE = new Options(0, 0, 0);

    public Options(double amount, int renewals) {
        this(amount, renewals, 0);
    }

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
    /** After « reconductible N fois »: the renewal's length (« 1 an », « 6 mois ») and its amount in the same sentence. */
    private static final Pattern RENEWAL_LENGTH = Pattern.compile("^\\s*(?:de\\s+|par périodes? d[e’']\\s*)?(\\d{1,2})\\s*(ans?|mois)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PER = Pattern.compile("^\\s*(?:ht\\s*)?(?:(par an|/ ?an|annuels?|par année)|(par reconduction|par période|chacune))",
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
        double perRenewal = 0;
        Matcher r = RENEWALS.matcher(text);
        if (r.find()) {
            String n = r.group(1).toLowerCase(Locale.ROOT);
            renewals = WORDS.containsKey(n) ? WORDS.get(n) : Integer.parseInt(n);
            perRenewal = perRenewal(text.substring(r.end()));
        }
        return amount == 0 && renewals == 0 ? NONE : new Options(amount, renewals, perRenewal);
    }

    /**
     * The amount of one renewal when the sentence after « reconductible N fois » states it: « 1 an (95 000 € par an) »
     * gives 95 000 €, « 6 mois, 60 000 € par reconduction » 60 000 €; 0 when it does not (issue 17 fourth review).
     */
    private static double perRenewal(String rest) {
        int end = rest.indexOf(". ");
        String sentence = end < 0 ? rest : rest.substring(0, end);
        Matcher len = RENEWAL_LENGTH.matcher(sentence);
        double years = len.find() ? Integer.parseInt(len.group(1)) / (len.group(2).toLowerCase(Locale.ROOT).startsWith("an") ? 1.0 : 12.0) : 1;
        Matcher a = AMOUNT.matcher(sentence);
        while (a.find()) {
            Matcher per = PER.matcher(sentence.substring(a.end()));
            if (per.find()) {
                return per.group(1) != null ? euros(a) * years : euros(a);
            }
        }
        return 0;
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
