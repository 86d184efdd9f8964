package org.vitrine.text;

import java.util.regex.Pattern;

/**
 * A groupement de commandes share's title without the share its buyer wrote into it (« Vérifications périodiques —
 * part de la Métropole », « Papier recyclé — groupement de commandes (part de la Ville) »): the shares are one
 * contract, the row and the page say whose share it is, and the suffix made one contract read as several (outside
 * supplier X). Only a trailing « part de/du/des/d’ … », in brackets or after a dash, is removed; the rest is the
 * buyer's.
 */
public final class ShareTitles {

    /** « (part de la Ville) », « (part de la Métropole, coordonnateur) », « — part du SDIS », at the end. */
    private static final Pattern SHARE = Pattern.compile(
            "(?iu)\\s*(?:\\(\\s*part\\s+(?:de|du|des|d['’])[^()]*\\)|[-–—]\\s*part\\s+(?:de|du|des|d['’])[^—–()]*)\\s*$");
    /** What is left dangling once the share is gone: « Papier recyclé — groupement de commandes ». */
    private static final Pattern GROUP_WORDS = Pattern.compile("(?iu)\\s*[-–—]\\s*groupement\\s+de\\s+commandes?\\s*$");

    private ShareTitles() {
    }

    public static String withoutShare(String title) {
        if (title == null) {
            return null;
        }
        String s = SHARE.matcher(title).replaceFirst("");
        if (s.length() == title.length()) {
            return title;
        }
        s = GROUP_WORDS.matcher(s).replaceFirst("");
        return s.isBlank() ? title : s;
    }
}
