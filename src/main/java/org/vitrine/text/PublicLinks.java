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
 * Attacker W: a parameter named in {@link #SECRET_NAMES} (« jeton », « code », session ids, signatures) in the query,
 * a path parameter (« ;jsessionid= ») or a fragment (« #access_token= »), links without a scheme in free text, and
 * passwords written in the sentence (« mot de passe : … », « Identifiants : admin / … »).
 */
public final class PublicLinks {

    /** The user information of an http(s) or protocol-relative link (« //host/… »): between « // » and the first « @ » of its authority. */
    private static final Pattern USER_INFO = Pattern.compile("(?i)^((?:https?:)?//)[^/?#]*@");
    /** A parameter named for an address, whatever its value (« mail=… », « email », « courriel », « tel »). */
    private static final Pattern ADDRESS_NAME = Pattern.compile("(?i)e?-?mail|courriel|contact|t[ée]l(?:[ée]phone)?|phone|mobile|portable");

    private PublicLinks() {
    }

    /**
     * The names of parameters that carry a secret, compared lower-cased without « - », « _ » or « . » (so « X-Amz-Signature »
     * reads « xamzsignature »): the value is dropped whatever it is. One table rather than patterns, so that a name
     * an attacker finds is one line here (attack V: credentials; attacker W: « jeton », « code », session ids, signatures).
     * « code » is OAuth's authorisation code: a consultation's own code is published in a parameter named « ref » or « id ».
     */
    static final Set<String> SECRET_NAMES = Set.of(
            // credentials
            "auth", "authorization", "password", "passwd", "pass", "pwd", "mdp", "motdepasse", "secret", "credential",
            "credentials", "login", "user", "username", "identifiant", "identifiants", "apikey", "key", "otp", "cle", "clef",
            // tokens, codes and tickets
            "token", "accesstoken", "refreshtoken", "idtoken", "jeton", "code", "codeacces", "codeaccess", "ticket",
            // session ids
            "session", "sessionid", "sid", "jsessionid", "phpsessid", "aspsessionid", "cfid", "cftoken",
            // signatures (« ?sig=…&exp=1 », Amazon, Google and Azure signed links)
            "sig", "signature", "hmac", "xamzsignature", "xamzcredential", "xamzsecuritytoken", "xgoogsignature", "xgoogcredential",
            // attacker Y: access keys, bare JWTs, PINs, SAML assertions, a « hash » of a signed link
            "accesskey", "secretkey", "privatekey", "jwt", "pin", "samlresponse", "samlrequest", "samlart", "hash");
    /** The ends of a name that make it a secret's whatever comes before (« csrf_token », « user_password », « PHPSESSID »). */
    private static final List<String> SECRET_ENDINGS = List.of("token", "jeton", "password", "passwd", "motdepasse", "secret",
            "signature", "hmac", "sessionid", "sessid", "apikey");

    /** Whether a parameter's name (decoded) is one of {@link #SECRET_NAMES} or ends as one of {@link #SECRET_ENDINGS}. */
    static boolean isSecretName(String name) {
        // accents dropped: « clé » is « cle »
        // a control character after it (« token%00= ») is not part of the name a server reads (attacker Y)
        String n = java.text.Normalizer.normalize(name.strip().toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFKD)
                .replaceAll("[-_.\\s]|\\p{M}|\\p{Cc}", "");
        if (n.indexOf('[') >= 0) {
            // « user[password] »: the name in brackets is the one a server reads as the field (attacker Y)
            for (String part : n.split("[\\[\\]]+")) {
                if (!part.isEmpty() && isSecretName(part)) {
                    return true;
                }
            }
        }
        return SECRET_NAMES.contains(n) || SECRET_ENDINGS.stream().anyMatch(n::endsWith);
    }

    /** A value that is a phone number whole: ten digits from 0, or +33 / 0033 and nine, with separators (« 0612345648 »). */
    private static final Pattern PHONE_VALUE = Pattern.compile("(?:(?:\\+|00)33[\\s.\\-]?(?:\\(0\\))?|0)[1-9](?:[\\s.\\-]?\\d){8}");
    /**
     * A link in free text, up to a space or a character a link does not end with: http(s), or without a scheme when it
     * names a host and goes on with a path, parameters or a fragment (« www.marches.fr/c?password=… »,
     * « profil.ville.fr/c?token=… », attacker W; a host alone, « chez ovh.fr », is no link to clean).
     */
    private static final Pattern LINK_IN_TEXT = Pattern.compile("(?i)(?:https?://|(?<![\\w:/])//(?=[a-z0-9-]+\\.)"
            + "|(?<![\\w@.\\-/:%])(?:[a-z0-9-]+\\.)+[a-z]{2,}(?=[/?#;&]))"
            + "[^\\s<>\"«»]+?(?=[.,;:!?)\\]]*(?:[\\s<>\"«»]|$))");

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
        // « …/c/123&token=… »: parameters after a « & » with no « ? » before are parameters all the same (attacker X)
        char sep = '?';
        if (q < 0 && rest.indexOf('&', from) >= 0 && rest.indexOf('=', rest.indexOf('&', from)) >= 0) {
            q = rest.indexOf('&', from);
            sep = '&';
        }
        String query = q < 0 ? null : rest.substring(q + 1);
        String base = q < 0 ? rest : rest.substring(0, q);
        int slash = base.indexOf('/', from);
        if (slash >= 0) {
            String[] segments = base.substring(slash + 1).split("/", -1);
            StringBuilder path = new StringBuilder(base.substring(0, slash));
            for (String segment : segments) {
                // a path parameter (« /c/123;jsessionid=… », attacker W) read as a query parameter is
                int semicolon = segment.indexOf(';');
                String name = semicolon < 0 ? segment : segment.substring(0, semicolon);
                // or a segment naming a secret whose value is the next one (« /dce/token/Px04abcd », attacker Y)
                if (holds(decoded(name)) || SECRET_ENDINGS.stream().anyMatch(e -> e.equals(name.toLowerCase(java.util.Locale.ROOT)))
                        && segments.length > 1 && !segments[segments.length - 1].equals(segment)) {
                    return path.length() == slash ? path + "/" : path.toString();
                }
                path.append('/').append(name);
                if (semicolon >= 0) {
                    String params = kept(segment.substring(semicolon + 1), ";");
                    if (!params.isEmpty()) {
                        path.append(';').append(params);
                    }
                }
            }
            base = path.toString();
        }
        String params = query == null ? "" : kept(query.replace("&amp;", "&"), "&");
        // a fragment of parameters (« #access_token=… », an OAuth reply) is read as a query; another one whole
        String kept = fragment == null ? null : fragment.contains("=") ? kept(fragment.replace("&amp;", "&"), "&") : fragment;
        boolean keepFragment = kept != null && !kept.isEmpty() && !holds(decoded(kept));
        return base + (params.isEmpty() ? "" : sep + params) + (keepFragment ? "#" + kept : "");
    }

    /**
     * The parameters of a query (« a=1&b=2 », or « ; » between them too) without those named for an address or a
     * secret or holding an address or a phone number, joined by {@code by}.
     */
    private static String kept(String query, String by) {
        List<String> kept = new ArrayList<>();
        String[] all = query.split("[&;]");
        for (String p : all) {
            String whole = decoded(p);
            int eq = whole.indexOf('=');
            String name = eq < 0 ? whole : whole.substring(0, eq);
            String value = eq < 0 ? "" : whole.substring(eq + 1);
            if (!p.isEmpty() && !ADDRESS_NAME.matcher(name).matches() && !isSecretName(name) && !holds(value)
                    && !(eq < 0 && holds(name)) && !nestedHolds(value)) {
                kept.add(p);
            }
        }
        return kept.size() == all.length ? query : String.join(by, kept); // as written when nothing is dropped
    }

    /** What replaces a password or a « user / password » pair written in free text, so the sentence still reads. */
    public static final String REMOVED = "(secret retiré)";
    /**
     * The labels of a password or access code (« mot de passe », « mdp », « code d'accès », attackers W, X; attacker Y:
     * « Mot-de-passe », « M.D.P. », « Passwort », « clé WPA », « digicode », « code PIN », « API key », « clé d'API »,
     * « pass » after a « / » as in « login x / pass y »). « PIN » alone in capitals only: « pin maritime » is wood.
     * Shared with BuyerNames, which takes a label away with the secret it introduced.
     */
    public static final String SECRET_LABEL = "(?:mots?[\\s-]+de[\\s-]+passe|m\\.?d\\.?p\\.?|password|passwd|passwort|kennwort|pwd"
            + "|codes?\\s+d['’]acc[eè]s|codes?\\s+(?:secret|confidentiel|pin)|(?-i:PIN)|digicode|cl[ée]s?\\s+(?:wpa2?|wi-?fi|d['’]\\s*api|api|secr[eè]te)"
            + "|api[\\s_-]?key|jetons?(?:\\s+d['’]acc[eè]s)?|token|(?<=/\\s?)pass)";
    /**
     * A password or access code after its label (« mot de passe : SECRET67 », « mdp=… », attacker W; « mdp Secret42 »,
     * « mot de passe du DCE : … », « Code d'accès au DCE : K7Q2-99 », attacker X): group 2 is what lies between label
     * and value: a colon or « = » after at most a few words (brackets included, « mot de passe (provisoire) : … »,
     * attacker Y: the bracket was taken for the secret), or up to two words of a complement (« digicode du portail »)
     * and « est », « c'est » (« le mdp du portail, c'est … »), or nothing. Without a colon the value must look like a
     * secret ({@link #looksSecret}), so that « gestion des mots de passe des agents » stays.
     */
    private static final Pattern PASSWORD_IN_TEXT = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}])(" + SECRET_LABEL + "(?![\\p{L}\\p{N}])"
                    + "((?:[^:=\\n.;,?!«»\"“”]{0,25}?[:=]|(?:\\s+(?:du|de\\s+la|de|des|d['’]|pour|au)\\s*[\\p{L}\\p{N}-]+){0,2}"
                    + "(?:,?\\s+(?:c['’]est|est|is|ist))?)?)\\s*[«\"“']?\\s*)"
                    + "(?!" + Pattern.quote(REMOVED) + ")(?!\\()([^\\s,;)»\"”']+?)(\\.?)(?=[\\s,;)»\"”'!?]|$)");
    /** « Authorization: Basic … » or « Bearer … » (an HTTP credential pasted in a sentence, attacker Y): the value goes. */
    private static final Pattern HTTP_CREDENTIAL = Pattern.compile(
            "(?i)(?<![\\p{L}])(authorization\\s*:\\s*(?:basic|bearer)\\s+|bearer\\s+)[A-Za-z0-9._~+/-]{8,}=*");
    /**
     * Keys whose shape says what they are wherever they stand (attacker Y): an AWS access key (« AKIA… »), a Stripe
     * secret key (« sk_live_… »), a GitHub token (« ghp_… », « github_pat_… »), a Slack token (« xoxb-… »), a Google API
     * key (« AIza… »), a GitLab token (« glpat-… »). None is a word or a reference of a need.
     */
    static final Pattern KEY_SHAPE = Pattern.compile("(?<![A-Za-z0-9_-])(?:AKIA[0-9A-Z]{16,}|[sr]k_(?:live|test)_[A-Za-z0-9]{8,}"
            + "|(?:gh[pousr]|github_pat)_[A-Za-z0-9_]{20,}|xox[abposr]-[A-Za-z0-9-]{10,}|AIza[0-9A-Za-z_-]{30,}|glpat-[A-Za-z0-9_-]{20,})");
    /** A « user / password » pair after « identifiants … : » or « login : » (« Identifiants DCE : admin / SECRET66 »). */
    private static final Pattern PAIR_IN_TEXT = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}])((?:identifiants?|login|codes?\\s+d['’]acc[eè]s)(?![\\p{L}\\p{N}])[^:\\n]{0,40}?:\\s*)"
                    + "[^\\s,;/:]+\\s*[/:]\\s*[^\\s,;)]+");

    /**
     * Whether a value written after a label without a colon looks like a secret rather than a word of the sentence:
     * six characters at least, with a digit, a sign, or a capital after its first letter (« Secret42 », « Xyz-123 »,
     * « hunTer »; not « des », « oublié », « transmis »).
     */
    static boolean looksSecret(String value) {
        if (value.codePointCount(0, value.length()) < 6) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isDigit(c) || !Character.isLetter(c) || i > 0 && Character.isUpperCase(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The free text with every link as {@link #withoutPersonalData} publishes it (« Voir https://jean.dupont:…@… »,
     * « www.marches.fr/c?password=… »), and a password or a « user / password » pair written after its label replaced
     * by {@link #REMOVED}.
     */
    public static String inText(String text) {
        if (text == null) {
            return null;
        }
        String t = text.indexOf('.') < 0 ? text
                : LINK_IN_TEXT.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(withoutPersonalData(m.group())));
        t = JWT.matcher(t).replaceAll(REMOVED); // a signed token anywhere in the text, never a word of a need
        t = KEY_SHAPE.matcher(t).replaceAll(REMOVED);
        t = HTTP_CREDENTIAL.matcher(t).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1) + REMOVED));
        // the pair first: a password label before « admin / … » would take « admin » alone
        t = PAIR_IN_TEXT.matcher(t).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1) + REMOVED));
        return PASSWORD_IN_TEXT.matcher(t).replaceAll(m -> {
            // no colon after the label (« mdp Secret42 », « le mot de passe est … »): only a value that looks secret
            boolean bare = m.group(2).indexOf(':') < 0 && m.group(2).indexOf('=') < 0;
            return java.util.regex.Matcher.quoteReplacement(bare && !looksSecret(m.group(3)) ? m.group() : m.group(1) + REMOVED + m.group(4));
        });
    }

    private static final Pattern BASE64_VALUE = Pattern.compile("[A-Za-z0-9+/_-]{16,}={0,2}");

    /**
     * Attacker Y3 (F5): a parameter's value that is itself a link, percent-encoded once or twice
     * (« ?redirect=https%3A%2F%2Fx.fr%2F%3Fpassword%3D… »), holds what the link's cleaning removes; or a value in base64
     * (standard or URL-safe) whose text holds an address, a phone, a key or such a link (« ?q=bWR1cmFuZDA2QHZp… »).
     */
    private static boolean nestedHolds(String value) {
        String v = value;
        // leniently, as a browser reads it: a stray « % » (« …%26taux%3D5% ») does not keep the rest encoded (review R12)
        for (int i = 0; i < 3 && !v.contains("://") && v.indexOf('%') >= 0; i++) {
            v = TokenEcho.percentDecoded(v);
        }
        if (v.contains("://") && !withoutPersonalData(v).equals(v)) {
            return true;
        }
        if (!BASE64_VALUE.matcher(value).matches()) {
            return false;
        }
        byte[] bytes = TokenEcho.base64(value.replace('-', '+').replace('_', '/').replaceAll("=+$", ""));
        String text;
        try {
            // text only when the bytes are UTF-8 (an id's random bytes are not)
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException notText) {
            return false;
        }
        if (text.isEmpty() || text.codePoints().anyMatch(c -> Character.isISOControl(c))) {
            return false;
        }
        return holds(text) || text.contains("://") && !withoutPersonalData(text).equals(text);
    }

    /** Whether a part of a link holds an e-mail address or a signed token (JWT), or is a phone number. */
    private static boolean holds(String part) {
        return !part.isEmpty() && (!ContactsInText.found(part, Set.of()).isEmpty() || PHONE_VALUE.matcher(part.strip()).matches()
                || JWT.matcher(part).find() || KEY_SHAPE.matcher(part).find());
    }

    /**
     * A JSON Web Token: base64url of « {" » (« eyJ »), its header, a dot and its payload (« ?t=eyJhbGciOi… », attacker X):
     * a bearer credential whatever the parameter's name, never public.
     */
    private static final Pattern JWT = Pattern.compile("(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}(?:\\.[A-Za-z0-9_-]*)?");

    /** Percent-decoded, as a browser and a reader would read it; as written when it is not valid percent-encoding. */
    private static String decoded(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
