package org.vitrine.publish.brochure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import org.vitrine.model.Need;
import org.vitrine.publish.Fmt;

/** Small helpers the brochure templates call as {@code tools}: permalinks, QR codes, marks. */
public final class BrochureTools {

    private final String baseUrl;
    private final String lang;
    private final QrImages qr;

    /** {@code qr} makes the QR codes of the permalinks (see {@link #permalinks}). */
    public BrochureTools(String baseUrl, String lang, QrImages qr) {
        this.baseUrl = normalised(baseUrl);
        this.lang = lang;
        this.qr = qr;
    }

    private static String normalised(String baseUrl) {
        return baseUrl == null || baseUrl.isEmpty() || baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /** The permalinks of these needs, in this order, none when no base URL is configured: what the QR codes encode. */
    public static java.util.List<String> permalinks(String baseUrl, java.util.List<Need> needs) {
        String base = normalised(baseUrl);
        if (base == null || base.isEmpty()) {
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

    /** The CPV label in the brochure's language, else in French. */
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

    /** The event date of vitrine.yaml ("2027-02-04") as the brochure writes dates; as written if not ISO. */
    public String day(String iso, Fmt fmt) {
        try {
            return fmt.date(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
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
