package org.vitrine.publish;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The Freemarker set-up, built once per run: templates are read from the {@code templates/} folder
 * of the installation, so a web designer edits them in place. {@code .ftlh} files escape HTML.
 */
public final class Templates {

    private final Configuration cfg;

    public Templates(Path dir, Locale locale) throws IOException {
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        // Freemarker's default wrapper: a hand-written faster one saved under 10 % of a job (docs/BENCHMARKS.md).
        cfg.setObjectWrapper(new DefaultObjectWrapper(Configuration.VERSION_2_3_34));
        cfg.setDirectoryForTemplateLoading(dir.toFile());
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(locale);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
    }

    /** The folder of templates of this installation: $VITRINE_HOME/templates, or ./templates. */
    public static Path defaultDir() {
        String home = System.getProperty("vitrine.home");
        return (home == null ? Path.of(".") : Path.of(home)).resolve("templates").toAbsolutePath().normalize();
    }

    public void render(String template, Object model, Path out) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            render(template, model, w);
        }
    }

    public void render(String template, Object model, Writer w) throws IOException {
        Template t = cfg.getTemplate(template);
        try {
            t.process(model, w);
        } catch (TemplateException e) {
            throw new IOException("template " + template + ": " + e.getMessageWithoutStackTop(), e);
        }
    }

    /**
     * A model shared by many pages (the site, messages, formats...), wrapped for the templates once
     * rather than for every page; read-only afterwards, so pages may be rendered from several threads.
     */
    public Shared share(Map<String, Object> model) throws IOException {
        ObjectWrapper wrapper = cfg.getObjectWrapper();
        Map<String, TemplateModel> wrapped = new HashMap<>(model.size() * 2);
        try {
            for (Map.Entry<String, Object> e : model.entrySet()) {
                wrapped.put(e.getKey(), wrapper.wrap(e.getValue()));
            }
        } catch (TemplateModelException e) {
            throw new IOException("template model: " + e.getMessage(), e);
        }
        return new Shared(wrapped, wrapper);
    }

    /** See {@link #share}: the shared part of many pages' models. */
    public static final class Shared {
        private final Map<String, TemplateModel> values;
        private final ObjectWrapper wrapper;

        private Shared(Map<String, TemplateModel> values, ObjectWrapper wrapper) {
            this.values = values;
            this.wrapper = wrapper;
        }

        /** One page's model: its own values first, then the shared ones. */
        public TemplateHashModel with(Map<String, Object> own) throws IOException {
            Map<String, TemplateModel> page = new HashMap<>(own.size() * 2);
            try {
                for (Map.Entry<String, Object> e : own.entrySet()) {
                    page.put(e.getKey(), wrapper.wrap(e.getValue()));
                }
            } catch (TemplateModelException e) {
                throw new IOException("template model: " + e.getMessage(), e);
            }
            return new TemplateHashModel() {
                @Override
                public TemplateModel get(String key) {
                    TemplateModel v = page.get(key);
                    return v != null || page.containsKey(key) ? v : values.get(key);
                }

                @Override
                public boolean isEmpty() {
                    return false;
                }
            };
        }
    }

    /**
     * Renders a page to a file in one write: the page is built in memory (pages are a few kilobytes) and
     * encoded at once, as String.getBytes does (an unpaired surrogate becomes {@code ?}, where an encoding
     * writer would fail the run).
     */
    public void write(String template, TemplateHashModel model, Path out) throws IOException {
        StringWriter page = new StringWriter(16 * 1024);
        render(template, model, page);
        Files.write(out, page.toString().getBytes(StandardCharsets.UTF_8));
    }
}
