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
 * address or phone number (« ?mail=jdupont@ville.fr »), both published as written before the eighth attack; nor
 * an address in its path or fragment, nor a credential parameter (attack V). The consultation's page is still reached:
 * a buyer's profile does not need a person's address to show it. Links written in free text are cleaned the same way.
 */
public final class PublicLinks {

    /** The user information of an absolute http(s) link: what lies between « :// » and the first « @ » of its authority. */
    private static final Pattern USER_INFO = Pattern.compile("(?i)^(https?://)[^/?#]*@");
    /** A parameter named for an address, whatever its value (« mail=… », « email », « courriel », « tel »). */
    private static final Pattern ADDRESS_NAME = Pattern.compile("(?i)e?-?mail|courriel|contact|t[ée]l(?:[ée]phone)?|phone|mobile|portable");

    private PublicLinks() {
    }

    /** A parameter named for a credential (« ?auth=user12:pass12 », « token », « mdp »), whatever its value. */
    private static final Pattern CREDENTIAL_NAME = Pattern.compile("(?i)auth|authorization|token|access_token|password|passwd|pass|pwd|mdp"
            + "|motdepasse|mot_de_passe|secret|api_?key|apikey|key|login|user|username|identifiant|session|sid|jsessionid");
    /** A value that is a phone number whole: ten digits from 0, or +33 / 0033 and nine, with separators (« 0612345648 »). */
    private static final Pattern PHONE_VALUE = Pattern.compile("(?:(?:\\+|00)33[\\s.\\-]?(?:\\(0\\))?|0)[1-9](?:[\\s.\\-]?\\d){8}");
    /** An http(s) link in free text, up to a space or a character a link does not end with. */
    private static final Pattern LINK_IN_TEXT = Pattern.compile("(?i)https?://[^\\s<>\"«»]+?(?=[.,;:!?)\\]]*(?:[\\s<>\"«»]|$))");

    /**
     * The link without what holds a person's data: its user information, a query parameter named for an address or
     * a credential or holding one (percent-encoded « = » and « @ » read decoded), a fragment holding one
     * (« #mail=… », « #contact-mx73@… »), and a path from the segment holding one (« /c/mx45@y.fr » publishes
     * « /c »: the platform's page before it, decided for the tenth attack), with what follows that segment. The link
     * itself when none.
     */
    public static String withoutPersonalData(String url) {
        if (url == null) {
            return null;
        }
        String t = USER_INFO.matcher(url).replaceFirst("$1");
        int scheme = t.indexOf("://");
        int from = scheme < 0 ? 0 : scheme + 3;
        int hash = t.indexOf('#', from);
        String fragment = hash < 0 ? null : t.substring(hash + 1);
        String rest = hash < 0 ? t : t.substring(0, hash);
        int q = rest.indexOf('?', from);
        String query = q < 0 ? null : rest.substring(q + 1);
        String base = q < 0 ? rest : rest.substring(0, q);
        int slash = base.indexOf('/', from);
        if (slash >= 0) {
            String[] segments = base.substring(slash + 1).split("/", -1);
            StringBuilder path = new StringBuilder(base.substring(0, slash));
            for (String segment : segments) {
                if (holds(decoded(segment))) {
                    return path.length() == slash ? path + "/" : path.toString();
                }
                path.append('/').append(segment);
            }
        }
        List<String> kept = new ArrayList<>();
        if (query != null) {
            for (String p : query.split("&")) {
                String whole = decoded(p);
                int eq = whole.indexOf('=');
                String name = eq < 0 ? whole : whole.substring(0, eq);
                String value = eq < 0 ? "" : whole.substring(eq + 1);
                if (!ADDRESS_NAME.matcher(name).matches() && !CREDENTIAL_NAME.matcher(name).matches() && !holds(value)
                        && !(eq < 0 && holds(name))) {
                    kept.add(p);
                }
            }
        }
        boolean keepFragment = fragment != null && !holds(decoded(fragment));
        return base + (kept.isEmpty() ? "" : "?" + String.join("&", kept)) + (keepFragment ? "#" + fragment : "");
    }

    /** Every http(s) link of a free text as {@link #withoutPersonalData} publishes it (« Voir https://jean.dupont:…@… »). */
    public static String inText(String text) {
        if (text == null || !text.toLowerCase(java.util.Locale.ROOT).contains("http")) {
            return text;
        }
        return LINK_IN_TEXT.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(withoutPersonalData(m.group())));
    }

    /** Whether a part of a link holds an e-mail address or is a phone number. */
    private static boolean holds(String part) {
        return !part.isEmpty() && (!ContactsInText.found(part, Set.of()).isEmpty() || PHONE_VALUE.matcher(part.strip()).matches());
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
