package org.vitrine.publish;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The Freemarker set-up, built once per run: templates are read from the {@code templates/} folder
 * of the installation, so a web designer edits them in place. {@code .ftlh} files escape HTML.
 */
public final class Templates {

    private final Configuration cfg;

    public Templates(Path dir, Locale locale) throws IOException {
        cfg = new Configuration(Configuration.VERSION_2_3_34);
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
}
