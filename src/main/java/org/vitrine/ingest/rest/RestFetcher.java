package org.vitrine.ingest.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vitrine.config.SourceConfig;
import org.vitrine.text.TokenEcho;

/**
 * Fetches every page of a REST source into a folder (page-0001.json, ...) before any record is
 * read, so a source that fails half-way gives nothing rather than half its needs. Retries faults
 * and 5xx/429 answers with exponential back-off; the secret is sent as a header and never written.
 * Only the configured origin (scheme, host, port) is ever asked: a {@code next} link or a redirection
 * elsewhere, a link that is not http(s), or one back to a page already read fails the source. The
 * configured url may be {@code file:} (an export on disk, relative to the config folder); what a page
 * says is never read as a file.
 */
public final class RestFetcher {

    static final ObjectMapper JSON = JsonPages.JSON;
    /**
     * Pages followed at most: a source that has more fails rather than being cut there. 10,000 pages hold a
     * million records at the usual 100 a page, ten times {@code maxRecords}' default.
     */
    static final int MAX_PAGES = 10_000;
    private static final int MAX_REDIRECTS = 5;

    private final Http http;
    private final Map<String, String> env;
    private final Path base;
    private final long maxBytes;
    private final int maxPages;

    /**
     * @param base the folder a {@code file:} url is relative to (the config folder)
     * @param maxBytes the longest page read, from a server or a file
     */
    public RestFetcher(Http http, Map<String, String> env, Path base, long maxBytes) {
        this(http, env, base, maxBytes, MAX_PAGES);
    }

    RestFetcher(Http http, Map<String, String> env, Path base, long maxBytes, int maxPages) {
        this.maxPages = maxPages;
        this.http = http;
        this.env = env;
        this.base = base;
        this.maxBytes = maxBytes;
    }

    /** Fetches all pages into {@code dir}; returns the number of records. */
    public long fetch(SourceConfig s, Path dir) throws SourceFailure, IOException {
        Files.createDirectories(dir);
        SourceConfig.Paging p = s.paging();
        String style = p == null || p.style() == null ? "none" : p.style();
        int size = p == null || p.size() == null ? 100 : p.size();
        long count = 0;
        Long announced = null;
        String next = s.url();
        int page = p == null || p.firstPage() == null ? 1 : p.firstPage();
        boolean file = s.url().startsWith("file:");
        Origin origin = file ? null : Origin.of(URI.create(s.url()));
        java.util.Set<String> visited = new java.util.HashSet<>();
        boolean ended = false;
        long deadline = System.nanoTime() + s.deadline() * 1_000_000_000L;
        TokenEcho echo = TokenEcho.of(token(s)); // the token's pieces, made once for the source's pages
        for (int n = 1; n <= maxPages; n++) {
            if (n > 1 && System.nanoTime() - deadline > 0) {
                // An API that always has one more page held the run, and its lock, for hours.
                throw new SourceFailure(s.name(), "rest.deadline", n - 1, s.deadline());
            }
            String url = file ? s.url() : switch (style) {
                case "page" -> with(s.url(), Map.of(p.pageParam() == null ? "page" : p.pageParam(), String.valueOf(page + n - 1),
                        p.sizeParam() == null ? "size" : p.sizeParam(), String.valueOf(size)));
                case "offset" -> with(s.url(), Map.of(p.offsetParam() == null ? "offset" : p.offsetParam(), String.valueOf(count),
                        p.limitParam() == null ? "limit" : p.limitParam(), String.valueOf(size)));
                default -> next;
            };
            if (!visited.add(url)) {
                throw new SourceFailure(s.name(), "rest.loop", n, redact(url));
            }
            byte[] bytes = file ? readFile(s) : getWithRetries(s, url, origin);
            if (echoesToken(s, bytes)) {
                // A server that copies the request's credential into its data would have it published with it.
                throw new SourceFailure(s.name(), "rest.token_echoed", n, s.auth().tokenEnv());
            }
            if (bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
                // gzip: never inflated (a bomb would fill the memory); told as what it is, not as bad text (attacker A, 8)
                throw new SourceFailure(s.name(), "rest.compressed", n);
            }
            if (!isUtf8(bytes)) {
                // Decoded leniently, the bad bytes would be published as "�" in titles without anyone knowing.
                throw new SourceFailure(s.name(), "rest.not_utf8", n);
            }
            JsonPages.Scan scan = scan(s, n, bytes, count, "next".equals(style) ? (p.nextPointer() == null ? "/next" : p.nextPointer()) : null);
            if (echoesTokenEscaped(echo, bytes)) {
                // The same, written with JSON escapes ("\u0053\u0065…"): decoded, it was published in 12 files
                // (outside attacker, issue 16). Checked once the page is known to be sound JSON within the limits.
                throw new SourceFailure(s.name(), "rest.token_echoed", n, s.auth().tokenEnv());
            }
            Files.write(dir.resolve(String.format("page-%05d.json", n)), bytes);
            count += scan.records();
            if (p != null && p.totalPointer() != null && announced == null && scan.total() != null) {
                announced = scan.total();
            }
            boolean more = switch (style) {
                case "page", "offset" -> scan.records() >= size && (announced == null || count < announced);
                case "next" -> {
                    String link = scan.next();
                    next = link != null && !link.isBlank() ? follow(s, n, url, link, origin) : null;
                    yield next != null;
                }
                default -> false;
            };
            if (!more) {
                ended = true;
                break;
            }
        }
        if (!ended) {
            // Stopping here would publish the first pages as if they were all: the source fails instead.
            throw new SourceFailure(s.name(), "rest.max_pages", maxPages);
        }
        if (announced != null && count != announced) {
            throw new SourceFailure(s.name(), "rest.incomplete", count, announced);
        }
        return count;
    }

    /**
     * Reads page {@code n} as a stream: its records counted one by one against {@code maxRecords} (with the
     * {@code before} of earlier pages), each bounded in size, and the total and next link it gives.
     */
    private JsonPages.Scan scan(SourceConfig s, int n, byte[] bytes, long before, String nextPointer) throws SourceFailure, IOException {
        SourceConfig.Paging p = s.paging();
        long[] seen = {before};
        try (JsonParser parser = JsonPages.FACTORY.createParser(bytes)) {
            return JsonPages.walk(parser, s.records(), p == null ? null : p.totalPointer(), nextPointer, record -> {
                if (++seen[0] > s.recordLimit()) {
                    throw new SourceFailure(s.name(), "rest.too_many", s.recordLimit());
                }
                if (!JsonPages.skipRecord(record)) {
                    throw new SourceFailure(s.name(), "rest.record_too_big", n, seen[0] - before, JsonPages.MAX_RECORD_TOKENS);
                }
            });
        } catch (JsonPages.NoRecords e) {
            throw new SourceFailure(s.name(), "rest.no_records", n, s.records() == null ? "/" : s.records());
        } catch (StreamConstraintsException e) {
            var at = e.getLocation();
            throw new SourceFailure(s.name(), "rest.json_limits", n, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    JsonPages.MAX_DEPTH, JsonPages.MAX_STRING);
        } catch (JsonProcessingException e) {
            // Where, not what: the parser's message quotes the text it met, which may be any file's content.
            var at = e.getLocation();
            throw new SourceFailure(s.name(), "rest.malformed", n, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
        }
    }

    /** Whether {@code bytes} are UTF-8, checked through a small buffer (no copy of the page as text). */
    static boolean isUtf8(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);
        while (true) {
            java.nio.charset.CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                return false;
            }
            if (r.isUnderflow()) {
                out.clear();
                return !decoder.flush(out).isError();
            }
            out.clear();
        }
    }

    /** The next page's address, if the link stays on the configured origin; else the source fails. */
    private static String follow(SourceConfig s, int page, String url, String link, Origin origin) throws SourceFailure {
        URI target;
        try {
            target = URI.create(url).resolve(link.strip());
        } catch (IllegalArgumentException e) {
            throw new SourceFailure(s.name(), "rest.bad_link", page, shown(link));
        }
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (origin == null || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new SourceFailure(s.name(), "rest.not_http_link", page, shown(link));
        }
        if (!origin.equals(Origin.of(target))) {
            throw new SourceFailure(s.name(), "rest.foreign_link", page, Origin.of(target), origin);
        }
        return target.toString();
    }

    /** A link as quoted in a message: its query (which may carry a key) cut, at most 120 characters. */
    private static String shown(String link) {
        String r = redact(link).replaceAll("\\p{Cntrl}", "");
        return r.length() > 120 ? r.substring(0, 120) + "…" : r;
    }

    /** The configured {@code file:} export, relative to the config folder, at most {@link #maxBytes}. */
    private byte[] readFile(SourceConfig s) throws SourceFailure, IOException {
        Path file = base.resolve(s.url().substring("file:".length()).replaceFirst("\\?.*$", "")).normalize();
        if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new SourceFailure(s.name(), "rest.unreachable", redact(s.url()), "no such file", 0);
        }
        // The folder sources' rule: a link or a second name may be a file from elsewhere (attacker A, failure 5).
        String refused = org.vitrine.ingest.SourceFolder.refused(file);
        if (refused != null) {
            throw new SourceFailure(s.name(), "source.refused_" + refused, file.getFileName().toString());
        }
        if (Files.size(file) > maxBytes) {
            throw new SourceFailure(s.name(), "rest.too_large", redact(s.url()), (maxBytes + (1L << 20) - 1) >> 20);
        }
        try (var in = Files.newInputStream(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) { // grown since its size was read
                throw new SourceFailure(s.name(), "rest.too_large", redact(s.url()), (maxBytes + (1L << 20) - 1) >> 20);
            }
            return bytes;
        }
    }

    /** Scheme, host and port of an address: where a credential may be sent. */
    record Origin(String scheme, String host, int port) {
        static Origin of(URI u) {
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
            int port = u.getPort() >= 0 ? u.getPort() : "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
            return new Origin(scheme, u.getHost() == null ? "" : u.getHost().toLowerCase(java.util.Locale.ROOT), port);
        }

        @Override
        public String toString() {
            return scheme + "://" + host + (port < 0 ? "" : ":" + port);
        }
    }

    /** The source's token, stripped, or null when it has none. */
    private String token(SourceConfig s) {
        if (s.auth() == null || s.auth().tokenEnv() == null) {
            return null;
        }
        String secret = env.get(s.auth().tokenEnv());
        return secret == null ? null : secret.strip();
    }

    /** True when the page's bytes spell the token as it is, in any letter case: said so even if the page is not sound. */
    private boolean echoesToken(SourceConfig s, byte[] bytes) {
        String secret = token(s);
        if (secret == null || secret.length() < TokenEcho.MIN_TOKEN) {
            return false;
        }
        // Byte for byte (Latin-1 maps each byte to one char), before the page is known to be UTF-8.
        java.nio.charset.Charset latin1 = StandardCharsets.ISO_8859_1;
        return new String(bytes, latin1).toLowerCase(java.util.Locale.ROOT)
                .contains(new String(secret.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8), latin1));
    }

    /** True when a name or text value of the page, as JSON decodes it, holds the token under any decoding ({@link TokenEcho}). */
    private boolean echoesTokenEscaped(TokenEcho echo, byte[] bytes) {
        if (echo == null) {
            return false;
        }
        TokenEcho.Many.Page page = echo.page();
        try (JsonParser parser = JsonPages.FACTORY.createParser(bytes)) {
            com.fasterxml.jackson.core.JsonToken t;
            while ((t = parser.nextToken()) != null) {
                if ((t == com.fasterxml.jackson.core.JsonToken.VALUE_STRING || t == com.fasterxml.jackson.core.JsonToken.FIELD_NAME)
                        && page.read(parser.getText())) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false; // not reached: scan() has refused a page that does not parse
        }
        return page.held();
    }

    private byte[] getWithRetries(SourceConfig s, String first, Origin origin) throws SourceFailure {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        String secret = null;
        if (s.auth() != null && s.auth().tokenEnv() != null) {
            secret = env.get(s.auth().tokenEnv());
            // A CR or LF would add headers of the token's choosing (the JDK refuses it, quoting the value).
            if (secret != null && secret.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                throw new SourceFailure(s.name(), "rest.bad_token", s.auth().tokenEnv());
            }
            String scheme = s.auth().scheme() == null || s.auth().scheme().isBlank() ? "" : s.auth().scheme() + " ";
            headers.put(s.auth().header() == null ? "Authorization" : s.auth().header(), scheme + (secret == null ? "" : secret));
        }
        String problem = "";
        String plain = null; // the last failure in the user's words (a timeout, a refused connection), no JDK English
        String url = first;
        int redirects = 0;
        for (int attempt = 0; attempt <= s.retryCount(); attempt++) {
            if (attempt > 0) {
                sleep(s.backoff() << (attempt - 1));
            }
            try {
                Http.Response r = http.get(url, headers, s.timeout());
                if (r.status() >= 200 && r.status() < 300) {
                    return r.body();
                }
                if (r.status() >= 300 && r.status() < 400 && r.location() != null && redirects < MAX_REDIRECTS) {
                    // Followed on the same origin only (a trailing slash, http to https is another origin).
                    URI target = URI.create(url).resolve(r.location().strip());
                    if ("file".equalsIgnoreCase(target.getScheme())) {
                        // never read, and told as what it is, not « another server (file://:-1) » (attacker Y3)
                        throw new SourceFailure(s.name(), "rest.file_redirect", redact(url));
                    }
                    if (!origin.equals(Origin.of(target))) {
                        throw new SourceFailure(s.name(), "rest.foreign_redirect", redact(url), Origin.of(target));
                    }
                    url = target.toString();
                    redirects++;
                    attempt--;
                    continue;
                }
                problem = "HTTP " + r.status();
                plain = null;
                if (r.status() < 500 && r.status() != 429) {
                    break; // a client error will not heal by asking again
                }
            } catch (Http.TooLarge e) {
                throw new SourceFailure(s.name(), "rest.too_large", redact(url), (e.limit() + (1L << 20) - 1) >> 20);
            } catch (IOException | IllegalArgumentException e) {
                problem = hide(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()), secret);
                plain = e instanceof java.net.http.HttpTimeoutException || e instanceof java.net.SocketTimeoutException
                        ? "rest.timed_out" : e instanceof java.net.ConnectException ? "rest.refused" : null;
            }
        }
        if (plain != null) { // attacker A, failure 8: « HttpTimeoutException no complete answer within 5 s » on the console
            throw new SourceFailure(s.name(), plain, redact(url), s.timeout(), s.retryCount());
        }
        throw new SourceFailure(s.name(), "rest.unreachable", redact(url), problem, s.retryCount());
    }

    /**
     * {@code text} with every occurrence of the secret masked: an exception may quote a header. Its hexadecimal too,
     * with or without a separator between bytes (« de:ad:be:ef… », any case): a message may show bytes so.
     */
    static String hide(String text, String secret) {
        if (secret == null || secret.isBlank()) {
            return text;
        }
        String bytes = java.util.HexFormat.of().formatHex(secret.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String hex = "(?i)" + String.join("[:\\-\\s]?", bytes.split("(?<=\\G..)"));
        return text.replace(secret.strip(), "***").replaceAll(hex, "***");
    }

    /** The URL as shown in messages: without its query string, which may hold a key. */
    static String redact(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    private static String with(String url, Map<String, String> params) {
        StringBuilder b = new StringBuilder(url);
        char sep = url.contains("?") ? '&' : '?';
        for (var e : new java.util.TreeMap<>(params).entrySet()) {
            b.append(sep).append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        return b.toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
