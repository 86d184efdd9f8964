package org.vitrine.publish.brochure;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vitrine.messages.Messages;
import org.vitrine.model.Amount;
import org.vitrine.model.Lot;
import org.vitrine.model.Need;
import org.vitrine.normalise.parse.Places;
import org.vitrine.messages.Fmt;

/**
 * Small helpers the brochure templates call as {@code tools}: permalinks, QR codes, marks, counts,
 * the text a supplier reads (shortened descriptions, places, lots), what must not break.
 */
public final class BrochureTools {

    /** Lots listed under a need; more are counted and left to the need's page. */
    public static final int LOTS_SHOWN = 8;
    /** A description longer than this is shortened at a word, with "…". */
    public static final int DESCRIPTION_CHARS = 320;

    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s<>\"«»]*[^\\s<>\"«».,;:!?)]");

    private final String baseUrl;
    private final String lang;
    private final Messages messages;
    private final QrImages qr;
    private final Fmt fmt;
    private final BrochureAmounts amounts;
    private BrochurePlaces places;

    /**
     * {@code qr} makes the QR codes of the permalinks (see {@link #permalinks}); {@code fmt} writes numbers,
     * {@code messages} the amounts in words.
     */
    public BrochureTools(String baseUrl, Messages messages, QrImages qr, Fmt fmt) {
        this.baseUrl = siteBase(baseUrl);
        this.lang = messages.lang();
        this.messages = messages;
        this.qr = qr;
        this.fmt = fmt;
        this.amounts = new BrochureAmounts(messages, fmt);
    }

    /** The brochure's amounts in words, for the figures page. */
    public BrochureAmounts amounts() {
        return amounts;
    }

    private static String normalised(String baseUrl) {
        return baseUrl == null || baseUrl.isEmpty() || baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /**
     * The catalogue's address as the brochure prints and links it: {@code publicBaseUrl} ending with "/"
     * when it is a whole web address (http or https, with a host), else "". A relative or scheme-less one
     * ("/vitrine/", "achats.example.fr/vitrine") gives links that lead nowhere from a PDF and addresses a
     * reader cannot type: the brochure then says that it gives no address (the run warns).
     */
    public static String siteBase(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            return "";
        }
        try {
            java.net.URI uri = new java.net.URI(baseUrl.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getQuery() == null
                    && uri.getFragment() == null) {
                return normalised(baseUrl.strip());
            }
        } catch (java.net.URISyntaxException e) {
            // not an address: as if none were given
        }
        return "";
    }

    /** {@code path} on the public catalogue ("data/needs.csv"), or null when the brochure has no base address. */
    public String siteUrl(String path) {
        return baseUrl == null || baseUrl.isEmpty() ? null : baseUrl + path;
    }

    /** The permalinks of these needs, in this order, none when no base URL is configured: what the QR codes encode. */
    public static java.util.List<String> permalinks(String baseUrl, java.util.List<Need> needs) {
        String base = siteBase(baseUrl);
        if (base.isEmpty()) {
            return java.util.List.of();
        }
        return needs.stream().map(n -> link(base, n)).toList();
    }

    /** The need's page under a normalised, non-empty base URL. */
    private static String link(String base, Need n) {
        return base + "needs/" + n.id() + ".html";
    }

    /** The need's page on the public catalogue, or null when no base URL is configured. */
    public String permalink(Need n) {
        return baseUrl == null || baseUrl.isEmpty() ? null : link(baseUrl, n);
    }

    /** The image source of the QR code of {@code url} (a permalink). */
    public String qr(String url) {
        return qr.src(url);
    }

    /** A count as the brochure writes numbers: "2 842" beside "1 000", never "2842". */
    public String count(Number n) {
        return n == null ? "" : fmt.number(BigDecimal.valueOf(n.longValue()));
    }

    /** {@code text} shortened to about {@code max} characters at a word boundary, with "…"; as is when short. */
    public static String shorten(String text, int max) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max);
        if (cut < max / 2) {
            cut = max; // one very long word: cut inside it rather than keep a stub
        }
        String head = t.substring(0, cut).replaceAll("[\\s,;:.\u2013\u2014-]+$", "");
        return head + "\u2026";
    }

    /**
     * The width of the running head's left box, in points at 1 pt of its 8 pt bold type (brochure.css: 78 % of
     * the 174 mm between the side margins, a little kept for rounding): a head on one line stays inside the
     * top margin, where two lines of a long division name rose to 5 mm from the trim.
     */
    static final double HEAD_EMS = 0.78 * 174 * 72 / 25.4 / 8 - 1;

    /**
     * The head of an index page continuing {@code heading}, on the head's one line after the section ("Index par
     * division CPV · Division 34 — … (suite)"), the division's label shortened at a word with "…" until the whole
     * line fits the head on one line ({@link #HEAD_EMS}): the head keeps the height and place it has on every page
     * (designers' polish: two lines on the pages continuing a division made it grow there).
     */
    public String continued(String section, String heading) {
        String t = heading.strip().replaceAll("\\s+", " ");
        String lead = section.strip() + " \u00B7 ";
        String line = lead + messages.get("bro.index.continued", t);
        for (int max = t.length() - 1; max > 10 && TextWidths.of(line, true) > HEAD_EMS; max--) {
            line = lead + messages.get("bro.index.continued", shorten(t, max));
        }
        return line;
    }

    /** {@link #shorten(String, int)} at {@link #DESCRIPTION_CHARS}. */
    public String description(Need n) {
        return shorten(n.description(), DESCRIPTION_CHARS);
    }

    /** A phone number or any short text that must stay on one line: spaces become no-break spaces. */
    public static String keep(String text) {
        return text == null ? null : text.strip().replaceAll("\\s+", "\u00A0");
    }

    /**
     * A {@code tel:} link for a phone number as buyers write it (RFC 3966: the global number, so that it dials
     * from any phone): "+33 3 00 00 01 01" and "0033 …" as they are, a French ten-digit "03 00 00 01 01"
     * with +33 before its last nine digits; null for anything else (an extension, letters, too few digits):
     * then the number is printed without a link rather than with one that dials the wrong number.
     */
    public static String tel(String phone) {
        return org.vitrine.text.TelLinks.tel(phone); // shared with the catalogue's pages
    }

    /** The first web address written in {@code text} (the booking platform in event.booking), or null. */
    public static String firstUrl(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = WEB_ADDRESS.matcher(text);
        return m.find() ? m.group().replaceAll("[.,;:!?)]+$", "") : null;
    }

    /** {@code text} without its web addresses (shown apart, as a link and a QR code), trimmed. */
    public static String withoutUrls(String text) {
        if (text == null) {
            return null;
        }
        // The address goes with the comma or colon that introduced it: "l’événement, https://…, à partir".
        return Pattern.compile("\\s*[,;:]?\\s*" + WEB_ADDRESS.pattern()).matcher(text).replaceAll("")
                .replaceAll("\\s+([.,;:])", "$1").replaceAll("\\s{2,}", " ").strip();
    }

    /**
     * Where the need is carried out, in names ({@link BrochurePlaces}); the reference of places is read on first use.
     * A row that gave no place has its buyer's (buyers.yaml {@code place}), marked as such as on the need's page:
     * "Saône-et-Loire (71) (lieu : celui de l’acheteur)".
     */
    public String place(Need n) {
        if (places == null) {
            places = new BrochurePlaces(Places.load()::resolve);
        }
        String place = places.of(n);
        boolean fromBuyer = n.place() != null && (n.location() == null || n.location().isBlank());
        return place != null && fromBuyer ? messages.get("bro.need.place_buyer", place) : place;
    }

    /** The need's estimated amount in words, with its total over the duration when given per year ({@link BrochureAmounts}). */
    public String amount(Need n) {
        return amounts.of(n);
    }

    /** An amount in words (a lot's). */
    public String amountOf(Amount a) {
        return amounts.of(a);
    }

    /** A web address as printed beside its QR code for a reader to type: without "https://", nor a final "/". */
    public static String shortUrl(String url) {
        if (url == null) {
            return null;
        }
        return url.replaceFirst("^https?://", "").replaceFirst("/$", "");
    }

    /** The label key suffix of a need's firmness when it is not firm ("likely", "tentative"), else null. */
    public String firmness(Need n) {
        String f = n.firmness();
        return f == null || "firm".equals(f) ? null : f;
    }

    /** The first {@link #LOTS_SHOWN} lots of the need. */
    public List<Lot> lots(Need n) {
        return n.lotList().size() <= LOTS_SHOWN ? n.lotList() : n.lotList().subList(0, LOTS_SHOWN);
    }

    /**
     * Whether a lot listed under the need (see {@link #lots}) has an amount: when none has, the lots table has no
     * amount column (an empty column reads as amounts forgotten, and takes the titles' width).
     */
    public boolean lotAmounts(Need n) {
        return lots(n).stream().anyMatch(l -> !amountOf(l.amount()).isEmpty());
    }

    /** How many lots are not listed under the need (see {@link #lots}). */
    public int moreLots(Need n) {
        return Math.max(0, n.lotList().size() - LOTS_SHOWN);
    }

    /** The image source of the QR code of any address (the booking platform, a running consultation). */
    public String qrOf(String url) {
        return qr.src(url);
    }

    /**
     * The CPV label in the brochure's language, else in French, as the official vocabulary words it
     * (reference/cpv2008.csv), its typos corrected by reference/cpv-errata.csv (CpvCatalogue).
     */
    public String cpvLabel(Need n) {
        if (n.cpv() == null || n.cpv().labels() == null) {
            return "";
        }
        String label = n.cpv().labels().get(lang);
        return label != null ? label : n.cpv().labels().getOrDefault("fr", "");
    }

    /** The label key suffix of a reserved contract ("true", "siae"...), or null when not reserved. */
    public String reserved(Need n) {
        Object r = n.reserved();
        if (r == null || Boolean.FALSE.equals(r) || "false".equals(r)) {
            return null;
        }
        return r.toString();
    }

    /** The event date of vitrine.yaml with its weekday (« jeudi 4 février 2027 »); as written if not ISO. */
    public String weekday(String iso, Fmt fmt) {
        try {
            return fmt.dateWithWeekday(LocalDate.parse(iso.strip()));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /** The event date of vitrine.yaml ("2027-02-04") as the brochure writes dates; as written if not ISO. */
    public String day(String iso, Fmt fmt) {
        try {
            return fmt.date(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /**
     * The month and year of the ISO date {@code iso} ("février 2027"), else of {@code fallback}: the legal
     * deposit's date in the colophon (the month of the event, when the brochure is given out).
     */
    public String monthYear(String iso, LocalDate fallback) {
        LocalDate d = fallback;
        try {
            d = iso == null || iso.isBlank() ? fallback : LocalDate.parse(iso.strip());
        } catch (DateTimeParseException e) {
            d = fallback;
        }
        return d == null ? null : java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", Locale.forLanguageTag(lang)).format(d);
    }

    /**
     * {@code text} without a leading "{@code label} :" (any case, any spacing), so that a notice that starts
     * with the row's own label ("Éditeur : Région Exemple…" in the "Éditeur" row) does not say it twice.
     */
    public static String withoutLead(String text, String label) {
        if (text == null || label == null) {
            return text;
        }
        Matcher m = Pattern.compile("^\\s*" + Pattern.quote(label) + "\\s*:\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        return m.find() ? text.substring(m.end()) : text;
    }

    /** An image file as a data URI (PNG or JPEG), or null when the file is absent or unreadable. */
    public static String imageUri(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String mime = name.endsWith(".png") ? "image/png"
                : name.endsWith(".jpg") || name.endsWith(".jpeg") ? "image/jpeg" : null;
        if (mime == null) {
            return null;
        }
        try {
            return "data:" + mime + ";base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(file));
        } catch (IOException e) {
            return null;
        }
    }
}
