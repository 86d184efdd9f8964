package org.vitrine.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The cells of one synthetic planned purchase, in the forms buyers really type: amounts as numbers or
 * French text ("125 000 €", "1,2 M€", "40k", ranges), launches as dates, months or quarters, CPV codes
 * with or without check digit. About 3 % of rows carry one fault that rejects them.
 */
final class BenchRows {

    static final int YEAR = 2027;
    static final String[] HEADERS = {"Acheteur", "Référence", "Objet", "Code CPV", "Montant estimé",
        "Date prévisionnelle de lancement", "Durée", "Procédure", "Nombre de lots", "Lieu d'exécution",
        "Couverture du besoin", "Fournisseurs identifiés"};

    private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"};
    private static final String[] SMALL_PROCEDURES = {"MAPA", "MAPA", "Procédure adaptée", "MAPA", "UGAP",
        "Marché subséquent", "Accord-cadre à bons de commande (MAPA)", null};
    private static final String[] LARGE_PROCEDURES = {"Appel d'offres ouvert", "AOO", "Appel d'offres ouvert",
        "Accord-cadre à bons de commande (AOO)", "Appel d'offres restreint", "Procédure avec négociation",
        "Dialogue compétitif", null};
    private static final String[] SITES = {"", "", "", " - site principal", " - lycées", " - collèges",
        " pour les services techniques", " (renouvellement)", " - bâtiment administratif", " - EHPAD"};
    private static final String[] PLACES = {"21", "71", "58", "89", "25", "39", "Dijon", "FRC1", "FRC", "Saône-et-Loire"};
    private static final String[] COVERAGE = {"totale", "totale", "totale", "totale", "partielle", "inconnue", "60 %"};

    private final BenchMarkets markets;

    BenchRows(BenchMarkets markets) {
        this.markets = markets;
    }

    Object[] next(SplittableRandom r, String buyer, String reference) {
        List<BenchMarkets.Code> market = markets.market(r);
        BenchMarkets.Code code = r.nextInt(5) < 2 ? market.get(0) : market.get(r.nextInt(market.size()));
        long amount = amount(r);
        int fault = r.nextInt(100); // 0, 1, 2: the row must be rejected
        return new Object[] {
            buyer,
            reference,
            (r.nextBoolean() ? market.get(0).label() : code.label()) + SITES[r.nextInt(SITES.length)],
            fault == 0 ? badCheckDigit(code) : cpv(code, r),
            fault == 1 ? "à définir" : amountCell(amount, r),
            launch(r, fault == 2 ? YEAR - 1 : r.nextInt(40) == 0 ? YEAR + 1 : YEAR),
            duration(r),
            (amount >= 215_000 ? LARGE_PROCEDURES : SMALL_PROCEDURES)[r.nextInt(8)],
            r.nextInt(10) < 3 ? null : (Object) (long) (1 + (amount > 500_000 ? r.nextInt(8) : r.nextInt(2))),
            PLACES[r.nextInt(PLACES.length)],
            r.nextInt(4) == 0 ? null : COVERAGE[r.nextInt(COVERAGE.length)],
            r.nextInt(5) < 2 ? null : (Object) (long) r.nextInt(9),
        };
    }

    /** Log-uniform from 4 k€ to 6 M€, rounded as people round estimates. */
    private static long amount(SplittableRandom r) {
        double v = Math.exp(Math.log(4_000) + r.nextDouble() * (Math.log(6_000_000) - Math.log(4_000)));
        long step = v < 20_000 ? 500 : v < 1_000_000 ? 1_000 : 10_000;
        return Math.max(step, Math.round(v / step) * step);
    }

    private static Object amountCell(long v, SplittableRandom r) {
        return switch (r.nextInt(10)) {
            case 0, 1, 2 -> v;
            case 3, 4 -> grouped(v) + " €";
            case 5 -> grouped(v) + " € HT";
            case 6 -> v >= 1_000_000 ? String.format(Locale.ROOT, "%d,%d M€", v / 1_000_000, v % 1_000_000 / 100_000)
                    : v % 1_000 == 0 ? v / 1_000 + (r.nextBoolean() ? "k" : " k€") : Long.toString(v);
            case 7 -> grouped(v) + " - " + grouped(v * (3 + r.nextInt(4)) / 2);
            case 8 -> Long.toString(v);
            default -> v < 40_000 ? "< 40 000" : "environ " + grouped(v) + " €";
        };
    }

    /** French thousands grouping with plain spaces: 125 000. */
    private static String grouped(long v) {
        String s = Long.toString(v);
        StringBuilder b = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && (s.length() - i) % 3 == 0) {
                b.append(' ');
            }
            b.append(s.charAt(i));
        }
        return b.toString();
    }

    private static Object cpv(BenchMarkets.Code code, SplittableRandom r) {
        String d = code.digits();
        return switch (r.nextInt(10)) {
            case 0, 1, 2, 3 -> code.full();
            case 4, 5 -> d;
            case 6 -> d.charAt(0) == '0' ? d : (Object) Long.parseLong(d); // a number cell loses leading zeros
            case 7 -> d.substring(0, 2) + "." + d.substring(2, 4) + "." + d.substring(4, 6) + "." + d.substring(6) + code.full().substring(8);
            default -> code.full() + " " + code.label();
        };
    }

    private static String badCheckDigit(BenchMarkets.Code code) {
        int check = code.full().charAt(9) - '0';
        return code.digits() + "-" + (check + 1) % 10;
    }

    private static Object launch(SplittableRandom r, int year) {
        int month = 1 + r.nextInt(12);
        return switch (r.nextInt(10)) {
            case 0, 1, 2 -> "T" + ((month + 2) / 3) + " " + year;
            case 3, 4 -> MONTHS[month - 1] + " " + year;
            case 5 -> String.format(Locale.ROOT, "%02d/%d", month, year);
            case 6, 7, 8 -> LocalDate.of(year, month, 1 + r.nextInt(28));
            default -> r.nextBoolean() ? "S" + ((month + 5) / 6) + " " + year : quarterWord((month + 2) / 3) + " trimestre " + year;
        };
    }

    private static String quarterWord(int q) {
        return q == 1 ? "1er" : q + "e";
    }

    private static Object duration(SplittableRandom r) {
        int years = 1 + r.nextInt(4);
        return switch (r.nextInt(8)) {
            case 0, 1 -> (long) (12 * years);
            case 2 -> Integer.toString(12 * years);
            case 3 -> years + (years == 1 ? " an" : " ans");
            case 4 -> "12 + " + (years) + " x 12";
            case 5 -> 12 * years + " mois";
            default -> null;
        };
    }
}
