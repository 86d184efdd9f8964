package org.vitrine.normalise.parse;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vitrine.model.RawCell;

/** Reads a link to a published consultation: absolute http or https only. */
public final class UrlParser {

    static final int MAX_CHARS = 2000;
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*)\\s*:");

    private UrlParser() {
    }

    public static String parse(RawCell cell) throws ParseError {
        return parse(cell, Repair.ignored());
    }

    /**
     * The link; without the user name and password or the address a parameter holds ({@link
     * org.vitrine.text.PublicLinks}), said in {@code repairs}: a password or a person's address is never kept.
     */
    public static String parse(RawCell cell, java.util.List<Repair> repairs) throws ParseError {
        String url = Text.of(cell, MAX_CHARS);
        // The scheme is checked first so that "javascript:" or "data:" is named even when the rest is malformed.
        Matcher scheme = SCHEME.matcher(url);
        if (scheme.find()) {
            String lower = scheme.group(1).toLowerCase(Locale.ROOT);
            if (!lower.equals("http") && !lower.equals("https")) {
                throw new ParseError("parse.url.scheme", url, lower);
            }
        }
        if (url.indexOf(' ') >= 0) {
            throw new ParseError("parse.url.invalid", url);
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new ParseError("parse.url.invalid", url);
        }
        if (uri.getScheme() == null) {
            throw new ParseError("parse.url.relative", url);
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new ParseError("parse.url.invalid", url);
        }
        if (org.vitrine.text.ContactsInText.holdsPersonalProfile(url)) {
            throw new ParseError("parse.url.profile", url); // a person's page is a personal contact, never published
        }
        String published = org.vitrine.text.PublicLinks.withoutPersonalData(url);
        if (!published.equals(url)) {
            repairs.add(new Repair("parse.url.personal_data", published));
        }
        return published;
    }
}
