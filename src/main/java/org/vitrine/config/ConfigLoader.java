package org.vitrine.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads and checks the YAML files of the config folder; a problem is a ConfigError naming file and line. */
public final class ConfigLoader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private ConfigLoader() {
    }

    public static Config load(Path dir) throws ConfigError {
        if (!Files.isDirectory(dir)) {
            throw new ConfigError("config.dir_missing", dir.toString());
        }
        VitrineConfig vitrine = read(dir, "vitrine.yaml", VitrineConfig.class);
        SourcesFile sources = read(dir, "sources.yaml", SourcesFile.class);
        ColumnsFile columns = read(dir, "columns.yaml", ColumnsFile.class);
        BuyersFile buyers = read(dir, "buyers.yaml", BuyersFile.class);
        if (sources.sources() == null || sources.sources().isEmpty()) {
            throw new ConfigError("config.sources.none", dir.resolve("sources.yaml").toString());
        }
        if (columns.fields() == null || columns.fields().isEmpty()) {
            throw new ConfigError("config.columns.none", dir.resolve("columns.yaml").toString());
        }
        Set<String> names = new HashSet<>();
        ColumnMap columnMap = new ColumnMap(columns.fields());
        if (columns.lots() != null && !columns.lots().isEmpty()) {
            columnMap.lots(new ColumnMap(columns.lots()));
        }
        boolean hasQuestions = columns.questions() != null && !columns.questions().isEmpty();
        ColumnMap questionColumns = hasQuestions ? new ColumnMap(columns.questions()) : null;
        for (SourceConfig s : sources.sources()) {
            if (s.name() == null || !s.name().matches("[A-Za-z0-9][A-Za-z0-9_-]{0,63}")) {
                throw new ConfigError("config.sources.bad_name", String.valueOf(s.name()));
            }
            if (!names.add(s.name())) {
                throw new ConfigError("config.sources.duplicate", s.name());
            }
            if (s.onFailure() != null && !List.of("abort", "keep-last-good").contains(s.onFailure())) {
                throw new ConfigError("config.sources.bad_policy", s.name(), s.onFailure());
            }
            if ("spreadsheets".equals(s.kind())) {
                // A folder that is not there is checked at run time: it follows the source's onFailure policy
                // (a network share that is down is a failed source, not a configuration error).
                if (s.folder() == null || s.folder().isBlank()) {
                    throw new ConfigError("config.sources.no_folder", s.name());
                }
            } else if ("rest".equals(s.kind())) {
                checkRest(s, columnMap);
            } else if ("awards".equals(s.kind())) {
                // A file or folder that is not there is checked at run time (onFailure), as for spreadsheets;
                // a url is fetched as a REST source's (issue 21).
                boolean hasUrl = s.url() != null && !s.url().isBlank();
                if ((s.folder() == null || s.folder().isBlank()) == !hasUrl) {
                    throw new ConfigError("config.awards.folder_or_url", s.name());
                }
                if (hasUrl && !s.url().matches("(?i)(https?|file):.+")) {
                    throw new ConfigError("config.awards.bad_url", s.name(), s.url());
                }
                if (s.matchDays() != null && (s.matchDays() < 0 || s.matchDays() > 730)) {
                    throw new ConfigError("config.awards.match_days", s.name(), String.valueOf(s.matchDays()));
                }
            } else if ("qa".equals(s.kind())) {
                // A folder that is not there is checked at run time: it follows the source's onFailure policy
                // (a network share that is down is a failed source, not a configuration error).
                if (s.folder() == null || s.folder().isBlank()) {
                    throw new ConfigError("config.sources.no_folder", s.name());
                }
                if (!hasQuestions) {
                    throw new ConfigError("config.columns.no_questions", s.name(), dir.resolve("columns.yaml").toString());
                }
            } else {
                throw new ConfigError("config.sources.bad_kind", s.name(), String.valueOf(s.kind()));
            }
        }
        if (!vitrine.ocidPrefix().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new ConfigError("config.ocid_prefix", vitrine.ocidPrefix());
        }
        if (vitrine.brochureMaxNeeds() < 1) {
            throw new ConfigError("config.brochure_max_needs", String.valueOf(vitrine.brochureMaxNeeds()));
        }
        checkEventHours(vitrine.event());
        RiskSettings.checkPublicCodes(vitrine.risks() == null ? null : vitrine.risks().publicCodes());
        List<String> precedence = sources.precedence() == null ? List.of() : sources.precedence();
        for (String p : precedence) {
            if (!names.contains(p)) {
                throw new ConfigError("config.sources.bad_precedence", p);
            }
        }
        AwardOverrides.read(dir); // checked now, so that `vitrine check` reports a bad entry before the run
        List<BuyerConfig> buyerList = buyers.buyers() == null ? List.of() : buyers.buyers();
        return new Config(dir.toAbsolutePath().normalize(), vitrine, sources.sources(), columnMap, questionColumns,
                new Buyers(buyerList), risks(dir), precedence);
    }

    /** event.opens / event.closes: both or neither, each « HH:MM », closing after opening (the salon's agenda entry). */
    private static void checkEventHours(VitrineConfig.Event e) throws ConfigError {
        if (e == null || e.opens() == null && e.closes() == null) {
            return;
        }
        if (e.openingHours() == null) {
            throw new ConfigError("config.event_hours", String.valueOf(e.opens()), String.valueOf(e.closes()));
        }
    }

    private static void checkRest(SourceConfig s, ColumnMap columns) throws ConfigError {
        if (s.url() == null || !s.url().matches("(?i)(https?|file):.+")) {
            throw new ConfigError("config.rest.url", s.name(), String.valueOf(s.url()));
        }
        if (s.fields() == null || s.fields().isEmpty()) {
            throw new ConfigError("config.rest.fields", s.name());
        }
        for (String field : s.fields().keySet()) {
            if (!columns.fields().contains(field)) {
                throw new ConfigError("config.rest.unknown_field", s.name(), field, String.join(", ", columns.fields()));
            }
        }
        String style = s.paging() == null || s.paging().style() == null ? "none" : s.paging().style();
        if (!List.of("none", "page", "offset", "next").contains(style)) {
            throw new ConfigError("config.rest.paging", s.name(), style);
        }
        if (s.auth() != null && s.auth().tokenEnv() != null) {
            String secret = System.getenv(s.auth().tokenEnv());
            if (secret == null || secret.isBlank()) {
                throw new ConfigError("config.rest.no_secret", s.name(), s.auth().tokenEnv());
            }
        }
    }

    /**
     * config/risks.yaml: optional (every rule then runs with its defaults); an unknown or retired code, an
     * unknown parameter or a value of the wrong type is refused (RiskSettings.check).
     */
    private static RiskSettings risks(Path dir) throws ConfigError {
        if (!Files.isRegularFile(dir.resolve("risks.yaml"))) {
            return RiskSettings.defaults();
        }
        RisksFile file = read(dir, "risks.yaml", RisksFile.class);
        RiskSettings.check(file, dir.resolve("risks.yaml").toString());
        return new RiskSettings(file.rules(), file.common(), file.tracking());
    }

    private static <T> T read(Path dir, String name, Class<T> type) throws ConfigError {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new ConfigError("config.file_missing", file.toString());
        }
        try {
            T value = YAML.readValue(file.toFile(), type);
            if (value == null) {
                throw new ConfigError("config.file_empty", file.toString());
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigError("config.unknown_key", file.toString(), keyLine(file, e.getPropertyName(), line(e)),
                    e.getPropertyName());
        } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
            // Jackson's message names Java types ("java.lang.Integer"): say which key and what to write.
            String key = e.getPath().isEmpty() ? "?" : e.getPath().get(e.getPath().size() - 1).getFieldName();
            String value = e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException f ? String.valueOf(f.getValue()) : "";
            throw new ConfigError("config.wrong_type." + expected(e.getTargetType()), file.toString(), line(e),
                    key == null ? "?" : key, value);
        } catch (JsonProcessingException e) {
            throw new ConfigError("config.syntax", file.toString(), line(e));
        } catch (IOException e) {
            throw new ConfigError("config.unreadable", file.toString(), String.valueOf(e.getMessage()));
        }
    }

    /** The line where a key is written (the YAML parser reports where it stopped reading, often later). */
    private static String keyLine(Path file, String key, String fallback) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).matches("\\s*-?\\s*\"?" + java.util.regex.Pattern.quote(key) + "\"?\\s*:.*")) {
                    return String.valueOf(i + 1);
                }
            }
        } catch (IOException e) {
            // keep the parser's line
        }
        return fallback;
    }

    /** The message key naming what a YAML value must be, by its Java type. */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "list";
        }
        if (type == String.class) {
            return "text";
        }
        return "block";
    }

    private static String line(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        return loc == null ? "?" : String.valueOf(loc.getLineNr());
    }
}
