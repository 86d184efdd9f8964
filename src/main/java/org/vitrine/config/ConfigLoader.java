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
import org.vitrine.risk.RiskSettings;

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
        for (SourceConfig s : sources.sources()) {
            if (s.name() == null || !s.name().matches("[A-Za-z0-9][A-Za-z0-9_-]{0,63}")) {
                throw new ConfigError("config.sources.bad_name", String.valueOf(s.name()));
            }
            if (!names.add(s.name())) {
                throw new ConfigError("config.sources.duplicate", s.name());
            }
            if (!"spreadsheets".equals(s.kind())) {
                throw new ConfigError("config.sources.bad_kind", s.name(), String.valueOf(s.kind()));
            }
            if (s.folder() == null || !Files.isDirectory(dir.resolve(s.folder()))) {
                throw new ConfigError("config.sources.no_folder", s.name(), String.valueOf(s.folder()));
            }
        }
        List<BuyerConfig> buyerList = buyers.buyers() == null ? List.of() : buyers.buyers();
        return new Config(dir.toAbsolutePath().normalize(), vitrine, sources.sources(), new ColumnMap(columns),
                new Buyers(buyerList), risks(dir));
    }

    /** config/risks.yaml: optional (every rule then runs with its defaults); an unknown code is a typo. */
    private static RiskSettings risks(Path dir) throws ConfigError {
        if (!Files.isRegularFile(dir.resolve("risks.yaml"))) {
            return RiskSettings.defaults();
        }
        RisksFile file = read(dir, "risks.yaml", RisksFile.class);
        java.util.Map<String, java.util.Map<String, Object>> rules = file.rules() == null ? java.util.Map.of() : file.rules();
        for (String code : rules.keySet()) {
            if (!RiskSettings.CODES.contains(code)) {
                throw new ConfigError("config.risks.unknown_code", code, String.join(", ", RiskSettings.CODES));
            }
        }
        return new RiskSettings(rules);
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
        } catch (JsonProcessingException e) {
            throw new ConfigError("config.syntax", file.toString(), line(e), e.getOriginalMessage());
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

    private static String line(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        return loc == null ? "?" : String.valueOf(loc.getLineNr());
    }
}
