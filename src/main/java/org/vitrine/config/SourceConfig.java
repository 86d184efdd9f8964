package org.vitrine.config;

import java.util.Map;

/**
 * One source from config/sources.yaml. {@code spreadsheets}: a {@code folder} (relative to the config
 * folder). {@code rest}: a {@code url} (http(s), or file: for a saved payload), optional {@code auth},
 * {@code paging}, JSON Pointers to the {@code records} array, the record {@code id} and each canonical
 * field, and the network limits. {@code onFailure}: {@code abort} (default) or {@code keep-last-good}.
 */
public record SourceConfig(String name, String kind, String folder, String onFailure, String url, String buyer,
        Auth auth, Paging paging, String records, String id, Map<String, String> fields, Integer timeoutSeconds,
        Integer retries, Integer backoffMillis, Integer maxRecords, Integer matchDays, Integer deadlineSeconds) {

    /** A source without {@code deadlineSeconds} (the default deadline). */
    public SourceConfig(String name, String kind, String folder, String onFailure, String url, String buyer,
            Auth auth, Paging paging, String records, String id, Map<String, String> fields, Integer timeoutSeconds,
            Integer retries, Integer backoffMillis, Integer maxRecords, Integer matchDays) {
        this(name, kind, folder, onFailure, url, buyer, auth, paging, records, id, fields, timeoutSeconds, retries, backoffMillis,
                maxRecords, matchDays, null);
    }

    /** The credential header: its name, an optional scheme ("Bearer"), and the environment variable holding the secret. */
    public record Auth(String header, String scheme, String tokenEnv) {
    }

    /**
     * How the API pages: {@code none}, {@code page} (pageParam/sizeParam, firstPage), {@code offset}
     * (offsetParam/limitParam) or {@code next} (a link at nextPointer). {@code totalPointer}, when
     * given, is the announced record count, checked at the end.
     */
    public record Paging(String style, String pageParam, String sizeParam, Integer size, Integer firstPage,
            String offsetParam, String limitParam, String nextPointer, String totalPointer) {
    }

    public boolean keepLastGood() {
        return "keep-last-good".equals(onFailure);
    }

    /** The longest a rest source may take to read all its pages (an API that always has one more page): 10 minutes. */
    public int deadline() {
        return deadlineSeconds == null ? 600 : deadlineSeconds;
    }

    public int timeout() {
        return timeoutSeconds == null ? 30 : timeoutSeconds;
    }

    public int retryCount() {
        return retries == null ? 3 : retries;
    }

    public long backoff() {
        return backoffMillis == null ? 1000 : backoffMillis;
    }

    /** Days between an award's end and a need's incumbent end (or start) within which they match: 120 by default. */
    public int matchWindowDays() {
        return matchDays == null ? 120 : matchDays;
    }

    public int recordLimit() {
        return maxRecords == null ? 100_000 : maxRecords;
    }
}
