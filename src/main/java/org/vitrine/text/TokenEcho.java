package org.vitrine.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.commons.codec.binary.Base32;

/**
 * Whether the text values of a page hold the REST token, however spelt: one decoding step instead of one pattern per
 * attack. Each value is normalised as it would be published ({@link CellText#folded}: markup removed, compatibility
 * forms and other scripts' digits folded, accents dropped); the values of a page are then read together, in chunks, under every
 * decoding a server could use — percent-encoding however often, code escapes (« \\u{54} », « \\x54 », « \\124 »,
 * « 0o124 », « 0x54 », « U+0054 », « 54h »), base64 (either alphabet) and base32 in any grouping, hexadecimal, and the
 * text's numbers read as decimal, octal or binary bytes, leading zeros or not — and each decoding's letters and digits
 * are compared with the token's. The token counts as held when its whole skeleton is found, or any piece of it of
 * {@link #piece} characters (a third of it, 8 to 12): a token cut by words, or spelt a third one way, a third another,
 * leaves such a piece in one decoding. A decoding is tried at every alignment (4 for base64, 8 for base32, 2 for
 * hexadecimal), so a word in between only breaks it for the characters it touches.
 */
public final class TokenEcho {

    /** The token is looked for only from this many characters: shorter, any page would hold it by chance. */
    public static final int MIN_TOKEN = 4;
    /** The token's skeleton must have this many letters and digits to be looked for decoded: shorter, it matches by chance. */
    static final int MIN_DECODED = 8;
    /** Characters of normalised values read at once: the page's decodings are made chunk by chunk, not value by value. */
    private static final int CHUNK = 1 << 18;

    /** What separates words: spaces and punctuation. */
    private static final String APART = ",;:|()[]{}\"'<>.!?";
    /** For hexadecimal, also what base64 writes but bytes are separated with (« 56-74 », « 56/74 », « 56+74 »). */
    private static final String HEX_APART = APART + "-_/+=#";
    private static final String HEX = "0123456789abcdefABCDEF";
    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-=";
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz234567=";

    private final String whole;
    private final String skeleton;
    private final int piece;
    private final Set<String> pieces = new HashSet<>();
    private final long[] hashes;
    /** {@link #BASE} to the power {@code piece - 1}: what the rolling hash takes off for the character it leaves. */
    private final long power;

    private TokenEcho(String token) {
        String t = CellText.folded(token);
        this.whole = t.toLowerCase(Locale.ROOT);
        this.skeleton = CellText.lettersAndDigits(t);
        this.piece = Math.min(skeleton.length(), Math.max(MIN_DECODED, Math.min(12, (skeleton.length() + 2) / 3)));
        // the pieces only for a token looked for decoded: a shorter one is only looked for whole
        for (String form : skeleton.length() >= MIN_DECODED ? forms(token) : List.<String>of()) {
            for (int i = 0; i + piece <= form.length(); i++) {
                pieces.add(form.substring(i, i + piece));
            }
        }
        this.hashes = pieces.stream().mapToLong(p -> hash(p, 0, p.length())).sorted().toArray();
        long p = 1;
        for (int i = 1; i < piece; i++) {
            p *= BASE;
        }
        this.power = p;
    }

    /**
     * The token's checker for a source, its pieces made once for all its pages; null when the token is too short to
     * look for ({@link #MIN_TOKEN}).
     */
    public static TokenEcho of(String token) {
        return token == null || token.strip().length() < MIN_TOKEN ? null : new TokenEcho(token.strip());
    }

    /** A reader of one page's values: the combined checker of {@link Many}, with this token alone. */
    public Many.Page page() {
        return Many.of(List.of(this)).page();
    }

    /**
     * Whether {@code test} holds for the text under one of its decodings: as written, percent-decoded until stable,
     * escapes read, then each of these as bytes. One decoding at a time, none kept: a chunk has many.
     */
    static boolean anyDecoding(String text, Predicate<String> test) {
        List<String> texts = new ArrayList<>();
        texts.add(text);
        String p = text;
        for (int round = 0; round < 4 && p.indexOf('%') >= 0; round++) {
            String q = percentDecoded(p);
            if (q.equals(p)) {
                break;
            }
            texts.add(p = q);
        }
        for (int i = 0, n = texts.size(); i < n; i++) {
            String e = unescaped(texts.get(i));
            if (!e.equals(texts.get(i))) {
                texts.add(e);
            }
        }
        for (String t : texts) {
            if (test.test(t) || test.test(wordByWord(t)) || bytesDecoded(t, test)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code test} holds for one byte decoding of a text (hexadecimal, base64, base32, numbers), at every alignment. */
    private static boolean bytesDecoded(String t, Predicate<String> test) {
        String hex = words(withoutCodePrefixes(t), HEX, HEX_APART);
        for (int shift = 0; shift < 2 && shift < hex.length(); shift++) {
            if (test.test(reread(java.util.HexFormat.of().parseHex(hex, shift, shift + (hex.length() - shift) / 2 * 2)))) {
                return true;
            }
        }
        String b64 = words(t, BASE64, APART).replace("=", "").replace('-', '+').replace('_', '/');
        for (int shift = 0; shift < 4 && shift < b64.length(); shift++) {
            String s = b64.substring(shift);
            s = s.substring(0, s.length() - (s.length() % 4 == 1 ? 1 : 0));
            if (test.test(reread(base64(s)))) {
                return true;
            }
        }
        String b32 = words(t, BASE32, APART).replace("=", "").toUpperCase(Locale.ROOT);
        Base32 base32 = new Base32();
        for (int shift = 0; shift < 8 && shift < b32.length(); shift++) {
            if (test.test(reread(base32.decode(b32.substring(shift))))) {
                return true;
            }
        }
        return numbers(t).stream().anyMatch(test);
    }

    /**
     * Each word read as what it most likely is: hexadecimal or base64 when it decodes to printable ASCII, else as
     * written — a token spelt a third in hexadecimal, a third in base64, a third plain (attacker X) is whole again.
     */
    static String wordByWord(String t) {
        StringBuilder b = new StringBuilder();
        int start = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i < t.length() && !Character.isWhitespace(t.charAt(i)) && APART.indexOf(t.charAt(i)) < 0) {
                continue;
            }
            String plain = t.substring(start, i);
            start = i + 1;
            String w = plain.startsWith("0x") || plain.startsWith("0X") ? plain.substring(2) : plain;
            if (w.length() >= 4 && w.length() % 2 == 0 && only(w, HEX)) {
                plain = printable(java.util.HexFormat.of().parseHex(w), plain);
            } else if (plain.length() >= 4 && only(plain, BASE64)) {
                String b64 = plain.replace("=", "").replace('-', '+').replace('_', '/');
                plain = b64.length() % 4 == 1 ? plain : printable(base64(b64), plain);
            }
            b.append(plain).append(' ');
        }
        return b.toString();
    }

    private static boolean only(String word, String chars) {
        for (int i = 0; i < word.length(); i++) {
            if (chars.indexOf(word.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The bytes as text when they are all printable ASCII, else {@code otherwise}. */
    private static String printable(byte[] bytes, String otherwise) {
        for (byte x : bytes) {
            if (x < 0x20 || x > 0x7E) {
                return otherwise;
            }
        }
        return new String(bytes, StandardCharsets.US_ASCII);
    }

    /** Base64 characters (standard alphabet, no padding, not 1 modulo 4) as bytes; none if the JDK refuses them. */
    static byte[] base64(String s) {
        try {
            return java.util.Base64.getDecoder().decode(s.length() % 4 == 0 ? s : s + "=".repeat(4 - s.length() % 4));
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }


    /**
     * The words of {@code t} (between white space or one of {@code apart}) made only of {@code chars}, joined: a word
     * of other characters between them is left out. A scan, not a pattern: it runs on a page's whole text.
     */
    private static String words(String t, String chars, String apart) {
        StringBuilder b = new StringBuilder();
        int start = 0;
        boolean only = true;
        for (int i = 0; i <= t.length(); i++) {
            char c = i < t.length() ? t.charAt(i) : ' ';
            if (Character.isWhitespace(c) || apart.indexOf(c) >= 0) {
                if (only && i > start) {
                    b.append(t, start, i);
                }
                start = i + 1;
                only = true;
            } else if (only && chars.indexOf(c) < 0) {
                only = false;
            }
        }
        return b.toString();
    }

    /**
     * « 0x54 » and « 54h » as their two hexadecimal digits, so that « 0x546B39… » (one prefix for a run of bytes) reads
     * as hexadecimal. An escape of one character (« \\x54 », « \\u0054 », « U+0054 ») is {@link #ESCAPE}'s: the text
     * {@link #unescaped} is decoded too.
     */
    private static final Pattern CODE_PREFIX = Pattern.compile("(?i)0x(?=[0-9a-f]{2})|(?<=\\b[0-9a-f]{2})h\\b");

    private static String withoutCodePrefixes(String t) {
        return CODE_PREFIX.matcher(t).replaceAll("");
    }

    /** A code escape of one character or byte: « \\u{54} », « \\u0054 », « U+0054 », « \\x54 », « 0x54 », « \\124 », « 0o124 ». */
    private static final Pattern ESCAPE = Pattern.compile(
            "(?i)\\\\u\\{([0-9a-f]{1,6})}|\\\\u([0-9a-f]{4})|u\\+([0-9a-f]{4,6})|\\\\x([0-9a-f]{2})|0x([0-9a-f]{2})|\\\\([0-7]{1,3})|0o([0-7]{1,3})");

    static String unescaped(String t) {
        Matcher m = ESCAPE.matcher(t);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            int radix = m.group(6) != null || m.group(7) != null ? 8 : 16;
            String digits = null;
            for (int g = 1; g <= 7 && digits == null; g++) {
                digits = m.group(g);
            }
            int c = Integer.parseInt(digits, radix);
            m.appendReplacement(b, Matcher.quoteReplacement(Character.isValidCodePoint(c) ? new String(Character.toChars(c)) : ""));
        }
        m.appendTail(b);
        return reread(b.toString());
    }

    /** « %XX » as its byte, leniently (a « % » not followed by two hexadecimal digits stays), then read as UTF-8 if it is. */
    static String percentDecoded(String t) {
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '%' && i + 2 < t.length() && Character.digit(t.charAt(i + 1), 16) >= 0 && Character.digit(t.charAt(i + 2), 16) >= 0) {
                b.append((char) Integer.parseInt(t.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                b.append(c);
            }
        }
        return reread(b.toString());
    }

    /**
     * The text's numbers, in their order whatever lies between them, read as bytes: decimal (« 84 107 »), octal
     * (« 124 153 »), binary (« 1010100 1101011 », leading zeros or not); a long run of digits in groups of three
     * (decimal, octal) or eight (binary).
     */
    private static List<String> numbers(String t) {
        Matcher m = NUMBER.matcher(t);
        StringBuilder decimal = new StringBuilder();
        StringBuilder octal = new StringBuilder();
        StringBuilder binary = new StringBuilder();
        while (m.find()) {
            String n = m.group();
            append(decimal, n, 3, 10);
            append(octal, n.chars().allMatch(c -> c <= '7') ? n : "", 3, 8);
            append(binary, n.chars().allMatch(c -> c <= '1') ? n : "", 8, 2);
        }
        return List.of(reread(decimal.toString()), reread(octal.toString()), reread(binary.toString()));
    }

    private static final Pattern NUMBER = Pattern.compile("[0-9]+");

    /** One number as a byte, or a run of digits as bytes of {@code group} digits each; a break where it is none. */
    private static void append(StringBuilder b, String n, int group, int radix) {
        if (n.isEmpty()) {
            b.append('\n');
            return;
        }
        if (n.length() > group && n.length() % group == 0) {
            for (int i = 0; i < n.length(); i += group) {
                append(b, n.substring(i, i + group), group, radix);
            }
            return;
        }
        int v = n.length() <= group ? Integer.parseInt(n, radix) : 256;
        b.append(v <= 0xFF ? (char) v : '\n');
    }

    /** A text whose characters are all bytes, read as UTF-8 when it is valid UTF-8 (« Ã© » back to « é »). */
    private static String reread(String t) {
        byte[] bytes = new byte[t.length()];
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) > 0xFF) {
                return t;
            }
            bytes[i] = (byte) t.charAt(i);
        }
        return reread(bytes);
    }

    /** Bytes as UTF-8 when they are, else one character a byte. */
    private static String reread(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * The skeletons a piece is looked for in, made once per token: the token's own; the token reversed, in rot13 and
     * each character doubled (« VVtt77… », attacker Y), which every decoding then also finds (the base64 of the
     * reversed token is decoded to the reversed token); and encodings no decoding undoes, of the token as written:
     * base58, base36, base85 (RFC 1924, Ascii85, Z85), base32hex, rot13 of its base64. Cheap: pieces more, same scan.
     */
    static List<String> forms(String token) {
        String t = token.strip();
        byte[] bytes = t.getBytes(StandardCharsets.UTF_8);
        String plain = CellText.lettersAndDigits(CellText.folded(t));
        StringBuilder doubled = new StringBuilder();
        plain.chars().forEach(c -> doubled.append((char) c).append((char) c));
        String b64 = java.util.Base64.getEncoder().encodeToString(bytes);
        List<String> encoded = List.of(new StringBuilder(t).reverse().toString(), rot13(t), doubled.toString(),
                radix(bytes, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"),
                radix(bytes, "0123456789abcdefghijklmnopqrstuvwxyz"),
                base85(bytes, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~"),
                base85(bytes, ascii85()),
                base85(bytes, "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#"),
                new Base32(true).encodeAsString(bytes), rot13(b64));
        List<String> forms = new ArrayList<>(List.of(plain));
        encoded.forEach(e -> forms.add(CellText.lettersAndDigits(e)));
        return forms;
    }

    private static String rot13(String t) {
        StringBuilder b = new StringBuilder(t.length());
        for (char c : t.toCharArray()) {
            b.append(c >= 'a' && c <= 'z' ? (char) ('a' + (c - 'a' + 13) % 26) : c >= 'A' && c <= 'Z' ? (char) ('A' + (c - 'A' + 13) % 26) : c);
        }
        return b.toString();
    }

    /** The bytes as one big number written in the alphabet's radix (base58, base36). */
    private static String radix(byte[] bytes, String alphabet) {
        java.math.BigInteger n = new java.math.BigInteger(1, bytes);
        java.math.BigInteger r = java.math.BigInteger.valueOf(alphabet.length());
        StringBuilder b = new StringBuilder();
        while (n.signum() > 0) {
            java.math.BigInteger[] qr = n.divideAndRemainder(r);
            b.append(alphabet.charAt(qr[1].intValue()));
            n = qr[0];
        }
        return b.reverse().toString();
    }

    private static String ascii85() {
        StringBuilder b = new StringBuilder();
        for (char c = '!'; c <= 'u'; c++) {
            b.append(c);
        }
        return b.toString();
    }

    /** Base85: each 4 bytes as 5 characters of the alphabet, the last group cut to its bytes plus one. */
    private static String base85(byte[] bytes, String alphabet) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < bytes.length; i += 4) {
            long v = 0;
            int n = Math.min(4, bytes.length - i);
            for (int j = 0; j < 4; j++) {
                v = v << 8 | (j < n ? bytes[i + j] & 0xFF : 0);
            }
            char[] group = new char[5];
            for (int j = 4; j >= 0; j--) {
                group[j] = alphabet.charAt((int) (v % 85));
                v /= 85;
            }
            b.append(group, 0, n + 1);
        }
        return b.toString();
    }

    /** Whether the skeleton {@code s} holds one of {@code pieces} (all {@code piece} long, {@code hashes} sorted). */
    private static boolean holdsPiece(String s, int piece, long[] hashes, Set<String> pieces, long power) {
        if (s.length() < piece) {
            return false;
        }
        // A rolling hash over the windows, a piece compared only where its hash matches: linear in the text.
        long h = hash(s, 0, piece);
        for (int i = 0; ; i++) {
            if (Arrays.binarySearch(hashes, h) >= 0 && pieces.contains(s.substring(i, i + piece))) {
                return true;
            }
            if (i + piece >= s.length()) {
                return false;
            }
            h = (h - s.charAt(i) * power) * BASE + s.charAt(i + piece);
        }
    }

    /**
     * Every configured secret read in one pass (safetyG): a value is folded once, a page's chunk decoded once, and each
     * decoding compared with all the secrets' pieces at once (one sorted hash table and one rolling hash per piece
     * length, not one per secret). It holds a page exactly when one of the secrets' own checkers would: « some decoding
     * holds some secret's piece » is « some secret has a decoding holding its piece ». Before, each secret decoded
     * every cell again: the cost grew with the number of sources with a token.
     */
    public static final class Many {
        private final List<String> wholes;
        private final boolean decoded;
        /** The piece lengths, and for each its pieces of every secret, their sorted hashes, the hash's power. */
        private final int[] lengths;
        private final List<Set<String>> pieces = new ArrayList<>();
        private final List<long[]> hashes = new ArrayList<>();
        private final long[] powers;

        private Many(List<TokenEcho> secrets) {
            this.wholes = secrets.stream().map(e -> e.whole).distinct().toList();
            java.util.TreeMap<Integer, Set<String>> byLength = new java.util.TreeMap<>();
            for (TokenEcho e : secrets) {
                if (e.skeleton.length() >= MIN_DECODED) {
                    byLength.computeIfAbsent(e.piece, k -> new HashSet<>()).addAll(e.pieces);
                }
            }
            this.decoded = !byLength.isEmpty();
            this.lengths = byLength.keySet().stream().mapToInt(Integer::intValue).toArray();
            this.powers = new long[lengths.length];
            for (int i = 0; i < lengths.length; i++) {
                Set<String> set = byLength.get(lengths[i]);
                pieces.add(set);
                hashes.add(set.stream().mapToLong(p -> hash(p, 0, p.length())).sorted().toArray());
                long p = 1;
                for (int j = 1; j < lengths[i]; j++) {
                    p *= BASE;
                }
                powers[i] = p;
            }
        }

        /** These secrets' checkers read together (null entries, too-short tokens, are left out). */
        public static Many of(List<TokenEcho> secrets) {
            return new Many(secrets.stream().filter(java.util.Objects::nonNull).toList());
        }

        public boolean isEmpty() {
            return wholes.isEmpty();
        }

        public Page page() {
            return new Page();
        }

        private boolean holdsPiece(String decoded) {
            String s = CellText.lettersAndDigits(decoded);
            for (int i = 0; i < lengths.length; i++) {
                if (TokenEcho.holdsPiece(s, lengths[i], hashes.get(i), pieces.get(i), powers[i])) {
                    return true;
                }
            }
            return false;
        }

        /** What was read of one page for all the secrets: as {@link TokenEcho.Page}, once. */
        public final class Page {
            private final StringBuilder chunk = new StringBuilder();
            private boolean held;

            private Page() {
            }

            /** Reads one text value; true once any secret was found in what was read. */
            public boolean read(String value) {
                if (held || value == null || value.isEmpty() || wholes.isEmpty()) {
                    return held;
                }
                String t = CellText.folded(value);
                String lower = t.toLowerCase(Locale.ROOT);
                for (String whole : wholes) {
                    if (lower.contains(whole)) {
                        return held = true;
                    }
                }
                if (!decoded) {
                    return false;
                }
                chunk.append(t).append('\n');
                if (chunk.length() >= CHUNK) {
                    flush();
                }
                return held;
            }

            /** True when any secret was found in any value read. */
            public boolean held() {
                if (!held && chunk.length() > 0) {
                    flush();
                }
                return held;
            }

            private void flush() {
                String text = chunk.toString();
                chunk.setLength(0);
                held = anyDecoding(text, Many.this::holdsPiece);
            }
        }
    }

    private static final long BASE = 1_000_003L;

    private static long hash(String s, int from, int to) {
        long h = 0;
        for (int i = from; i < to; i++) {
            h = h * BASE + s.charAt(i);
        }
        return h;
    }
}
