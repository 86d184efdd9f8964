package org.vitrine.publish.brochure;

import java.util.regex.Pattern;

/**
 * Typographic fixes made once on the brochure's final HTML, whatever the text came from (a buyer's
 * spreadsheet, config, a label): straight apostrophes inside words ("d'offres", "l'événement") become
 * the typographic one (U+2019), so that a page never mixes the two.
 */
public final class Typography {

    /** Freemarker's HTML escaping writes a straight apostrophe as {@code &#39;}; here between two letters. */
    private static final Pattern ELISION = Pattern.compile("(?<=\\p{L})(?:&#39;|')(?=\\p{L})");

    private Typography() {
    }

    /**
     * {@code html} with every apostrophe between two letters made typographic. Markup has none there
     * (attribute values are quoted with {@code "}), and web addresses written with one are percent-encoded.
     */
    public static String apostrophes(String html) {
        if (html.indexOf('\'') < 0 && !html.contains("&#39;")) {
            return html;
        }
        return ELISION.matcher(html).replaceAll("\u2019");
    }
}
