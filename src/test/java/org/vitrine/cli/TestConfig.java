package org.vitrine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A config folder for a test, written from typed settings: the shipped (or a given) vitrine.yaml read as a tree,
 * the settings a test names set on it, sources.yaml written from {@link Source}s. Tests never edit YAML as text,
 * so a comment or a default changed in config/vitrine.yaml cannot silently turn a test's edit into a no-op.
 */
public final class TestConfig {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));
    private static final String[] SHIPPED = {"vitrine.yaml", "columns.yaml", "buyers.yaml"};

    private final Path dir;
    private final Path base;
    private final ObjectNode vitrine;
    private final List<String> copied = new ArrayList<>(List.of("columns.yaml", "buyers.yaml"));
    private final List<Source> sources = new ArrayList<>();
    private final List<String> precedence = new ArrayList<>();

    private TestConfig(Path dir, Path base) {
        this.dir = dir;
        this.base = base;
        this.vitrine = (ObjectNode) read(base.resolve("vitrine.yaml"));
    }

    /** The shipped config/ in {@code tmp/config}, pointing at {@code spreadsheets}, brochure on or off. */
    public static Path copy(Path tmp, Path spreadsheets, boolean brochure) throws IOException {
        return in(tmp).spreadsheets(spreadsheets).brochure(brochure).write();
    }

    /** A config folder {@code tmp/config} starting from the shipped config/ (vitrine.yaml, columns.yaml, buyers.yaml). */
    public static TestConfig in(Path tmp) {
        return new TestConfig(tmp.resolve("config"), Path.of("config"));
    }

    /** Starting from another folder's vitrine.yaml (a test corpus' own), with the shipped columns.yaml. */
    public static TestConfig in(Path tmp, Path baseConfig) {
        return new TestConfig(tmp.resolve("config"), baseConfig);
    }

    /** Also copy these files of the base folder (risks.yaml, award-links.yaml…); columns.yaml always comes from config/. */
    public TestConfig copyFromBase(String... files) {
        copied.addAll(List.of(files));
        return this;
    }

    public TestConfig brochure(boolean enabled) {
        return set("brochure", "enabled", enabled);
    }

    /** catalogue.marketAtAGlance: the « Le marché en bref » block of need pages. */
    public TestConfig marketAtAGlance(boolean shown) {
        return set("catalogue", "marketAtAGlance", shown);
    }

    public TestConfig brochureMaxNeeds(int maxNeeds) {
        return set("brochure", "maxNeeds", maxNeeds);
    }

    public TestConfig languages(String... languages) {
        ArrayNode list = vitrine.putArray("languages");
        for (String l : languages) {
            list.add(l);
        }
        return this;
    }

    /**
     * event.opens / event.closes, « HH:MM » as config/vitrine.yaml writes them; a null one is left out of the file
     * (the shipped config sets both).
     */
    public TestConfig eventHours(String opens, String closes) {
        ObjectNode event = vitrine.withObject("/event");
        for (String[] kv : new String[][] {{"opens", opens}, {"closes", closes}}) {
            if (kv[1] == null) {
                event.remove(kv[0]);
            } else {
                event.put(kv[0], kv[1]);
            }
        }
        return this;
    }

    /** schedule.cron, a Quartz expression. */
    public TestConfig cron(String cron) {
        return set("schedule", "cron", cron);
    }

    public TestConfig editionsKept(int kept) {
        vitrine.put("editionsKept", kept);
        return this;
    }

    public TestConfig lockWaitSeconds(int seconds) {
        vitrine.put("lockWaitSeconds", seconds);
        return this;
    }

    /** risks.publicCodes. */
    public TestConfig publicRiskCodes(String... codes) {
        ArrayNode list = vitrine.withObject("/risks").putArray("publicCodes");
        for (String c : codes) {
            list.add(c);
        }
        return this;
    }

    /** limits.* (maxFileBytes, maxRowsPerSheet, maxCellChars, maxUnzippedBytes). */
    public TestConfig limits(long maxFileBytes, int maxRowsPerSheet, long maxUnzippedBytes) {
        set("limits", "maxFileBytes", maxFileBytes);
        set("limits", "maxRowsPerSheet", maxRowsPerSheet);
        return set("limits", "maxUnzippedBytes", maxUnzippedBytes);
    }

    /**
     * A real organiser instead of the shipped example's: every value of vitrine.yaml that names « Région Exemple », its
     * venue, its addresses or the examples' images replaced by a town's own (no logo, no floor plan).
     */
    public TestConfig ownOrganiser() {
        set("organisation", "name", "Ville de Dijon — Direction de la commande publique");
        set("organisation", "logo", null);
        set("organisation", "legalNotice", "Éditeur : Ville de Dijon, place de la Libération, 21000 Dijon.");
        vitrine.put("publicBaseUrl", "https://achats.dijon.fr/vitrine/");
        set("event", "venue", "Palais des congrès, Dijon");
        set("event", "access", "Tram T1, arrêt Auditorium.");
        set("event", "address", "3 boulevard de Champagne, 21000 Dijon");
        set("event", "floorPlan", null);
        vitrine.withObject("/event").remove("floorPlanStands");
        set("event", "booking", "https://rendez-vous.dijon.fr/salon-2027");
        set("catalogue", "host", "Hébergeur : Ville de Dijon, direction du numérique, 21000 Dijon.");
        ObjectNode a = vitrine.withObject("/catalogue").withObject("/accessibility");
        a.put("contact", "accessibilite@dijon.fr");
        a.put("plan", "https://www.dijon.fr/accessibilite");
        return this;
    }

    /** The logo and floor plan of the base config (relative to it) as absolute paths, so the copy still finds them. */
    public TestConfig keepImages() {
        absolute((ObjectNode) vitrine.path("organisation"), "logo");
        absolute((ObjectNode) vitrine.path("event"), "floorPlan");
        return this;
    }

    /** The shipped sources.yaml, its relative folders and file: addresses made absolute (the examples). */
    public TestConfig shippedSources() {
        JsonNode shipped = read(Path.of("config/sources.yaml"));
        for (JsonNode s : shipped.get("sources")) {
            sources.add(Source.shipped(s.get("name").asText()));
        }
        shipped.path("precedence").forEach(p -> precedence.add(p.asText()));
        return this;
    }

    /** One spreadsheets source named "tableurs" reading {@code folder}. */
    public TestConfig spreadsheets(Path folder) {
        return source(Source.spreadsheets("tableurs", folder));
    }

    public TestConfig source(Source source) {
        sources.add(source);
        return this;
    }

    /** These sources only, in place of any set before (a test that rewrites its one source between runs). */
    public TestConfig sourcesOnly(Source... only) {
        sources.clear();
        sources.addAll(List.of(only));
        return this;
    }

    public TestConfig precedence(String... names) {
        precedence.addAll(List.of(names));
        return this;
    }

    /** Writes the folder and returns it. */
    public Path write() throws IOException {
        Files.createDirectories(dir);
        for (String f : copied) {
            Path from = f.equals("columns.yaml") ? Path.of("config", f) : base.resolve(f);
            Files.copy(from, dir.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        YAML.writeValue(dir.resolve("vitrine.yaml").toFile(), vitrine);
        ObjectNode root = YAML.createObjectNode();
        ArrayNode list = root.putArray("sources");
        sources.forEach(s -> list.add(s.node));
        if (!precedence.isEmpty()) {
            ArrayNode p = root.putArray("precedence");
            precedence.forEach(p::add);
        }
        String text = YAML.writeValueAsString(root);
        Files.writeString(dir.resolve("sources.yaml"), text);
        return dir;
    }

    private TestConfig set(String section, String key, Object value) {
        ObjectNode node = vitrine.withObject("/" + section);
        node.set(key, YAML.valueToTree(value));
        return this;
    }

    private void absolute(ObjectNode section, String key) {
        JsonNode v = section.path(key);
        if (v.isTextual()) {
            section.put(key, slashes(base.resolve(v.asText()).toAbsolutePath().normalize()));
        }
    }

    static String slashes(Path p) {
        return p.toAbsolutePath().toString().replace('\\', '/');
    }

    private static JsonNode read(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One entry of sources.yaml: a name, a kind, and its keys (docs in config/sources.yaml). */
    public static final class Source {
        private final ObjectNode node;

        private Source(ObjectNode node) {
            this.node = node;
        }

        private Source(String name, String kind) {
            this(YAML.createObjectNode());
            node.put("name", name);
            node.put("kind", kind);
        }

        /**
         * The source of that name in the shipped sources.yaml (its keys, the REST source's fields…), its relative
         * folder or file: address made absolute; a test changes what it needs with {@link #with}.
         */
        public static Source shipped(String name) {
            for (JsonNode s : read(Path.of("config/sources.yaml")).get("sources")) {
                if (!name.equals(s.path("name").asText())) {
                    continue;
                }
                ObjectNode source = ((ObjectNode) s).deepCopy();
                for (String key : new String[] {"folder", "url"}) {
                    String v = source.path(key).asText("");
                    String scheme = v.startsWith("file:") ? "file:" : "";
                    if (v.startsWith(scheme + "..")) {
                        source.put(key, scheme + slashes(Path.of("config").resolve(v.substring(scheme.length())).normalize()));
                    }
                }
                return new Source(source);
            }
            throw new IllegalArgumentException("no source " + name + " in config/sources.yaml");
        }

        /** A source of that kind with no key of its own yet (a test of what its keys must be). */
        public static Source of(String name, String kind) {
            return new Source(name, kind);
        }

        /** A source of the public questions and answers (kind qa) reading {@code folder}. */
        public static Source qa(String name, Path folder) {
            return new Source(name, "qa").with("folder", slashes(folder));
        }

        public static Source spreadsheets(String name, Path folder) {
            return new Source(name, "spreadsheets").with("folder", slashes(folder));
        }

        public static Source awards(String name, String folder) {
            return new Source(name, "awards").with("folder", folder);
        }

        public static Source awards(String name, Path folder) {
            return awards(name, slashes(folder));
        }

        /** An awards source read from an address (DECP JSON over http, or a file: URL), as a REST source is. */
        public static Source awardsAt(String name, String url) {
            return new Source(name, "awards").with("url", url);
        }

        /** An internal system's API (kind rest) at {@code url}; its keys (records, fields, paging…) set with {@link #with}, {@link #map}. */
        public static Source rest(String name, String url) {
            return new Source(name, "rest").with("url", url);
        }

        /** abort, skip or keep-last-good. */
        public Source onFailure(String policy) {
            return with("onFailure", policy);
        }

        public Source with(String key, Object value) {
            node.set(key, YAML.valueToTree(value));
            return this;
        }

        /** A key whose value is a map (fields, paging, auth), from its keys and values in turn, in that order. */
        public Source map(String key, Object... keysAndValues) {
            if (keysAndValues.length % 2 != 0) {
                throw new IllegalArgumentException(key + ": keys and values in pairs");
            }
            ObjectNode map = node.putObject(key);
            for (int i = 0; i < keysAndValues.length; i += 2) {
                map.set((String) keysAndValues[i], YAML.valueToTree(keysAndValues[i + 1]));
            }
            return this;
        }
    }
}
