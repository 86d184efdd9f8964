package org.vitrine.text;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A link as it may be published: without the user name and password a link can carry before its host
 * (« https://jdupont:motdepasse@marches.example.fr/… ») and without the query parameters that hold an e-mail
 * address or phone number (« ?mail=jdupont@ville.fr »), both published as written before the eighth attack. The
 * consultation's page is still reached: a buyer's profile does not need a person's address to show it.
 */
public final class PublicLinks {

    /** The user information of an absolute http(s) link: what lies between « :// » and the first « @ » of its authority. */
    private static final Pattern USER_INFO = Pattern.compile("(?i)^(https?://)[^/?#]*@");
    /** A parameter named for an address, whatever its value (« mail=… », « email », « courriel », « tel »). */
    private static final Pattern ADDRESS_NAME = Pattern.compile("(?i)e?-?mail|courriel|contact|t[ée]l(?:[ée]phone)?|phone|mobile|portable");

    private PublicLinks() {
    }

    /** The link without its user information and the query parameters that hold an address; the link itself when none. */
    public static String withoutPersonalData(String url) {
        if (url == null) {
            return null;
        }
        String t = USER_INFO.matcher(url).replaceFirst("$1");
        int q = t.indexOf('?');
        if (q < 0) {
            return t;
        }
        int hash = t.indexOf('#', q);
        String query = hash < 0 ? t.substring(q + 1) : t.substring(q + 1, hash);
        List<String> kept = new ArrayList<>();
        for (String p : query.split("&")) {
            int eq = p.indexOf('=');
            String name = eq < 0 ? p : p.substring(0, eq);
            String value = eq < 0 ? "" : decoded(p.substring(eq + 1));
            if (!ADDRESS_NAME.matcher(decoded(name)).matches() && ContactsInText.found(value, Set.of()).isEmpty()) {
                kept.add(p);
            }
        }
        return t.substring(0, q) + (kept.isEmpty() ? "" : "?" + String.join("&", kept)) + (hash < 0 ? "" : t.substring(hash));
    }

    /** Percent-decoded, as a browser and a reader would read it; as written when it is not valid percent-encoding. */
    private static String decoded(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
