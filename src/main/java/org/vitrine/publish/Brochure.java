package org.vitrine.publish;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.vitrine.cli.Messages;
import org.vitrine.publish.brochure.PdfRenderer;

/** The event brochure: templates/brochure/brochure.ftlh rendered to PDF through openhtmltopdf. */
public final class Brochure {

    private final Templates templates;
    private final Path templateDir;

    public Brochure(Templates templates, Path templateDir) {
        this.templates = templates;
        this.templateDir = templateDir;
    }

    static {
        // openhtmltopdf logs timings and hints through java.util.logging on stderr: not for users.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    public void write(Path pdf, Site site, Messages messages, String organisation) throws IOException {
        Map<String, Object> model = new HashMap<>(site.model());
        StringWriter html = new StringWriter();
        templates.render("brochure/brochure.ftlh", model, html);
        EditionInfo edition = (EditionInfo) model.get("edition");
        String title = messages.get("brochure.title", String.valueOf(edition.year()));
        var meta = new PdfRenderer.PdfMeta(title, messages.lang(), organisation,
                messages.get("brochure.subject", String.valueOf(edition.year())), "achats publics, prévisions, " + edition.year(),
                edition.date().atStartOfDay(ZoneOffset.UTC), "vitrine-" + edition.id() + "-" + messages.lang());
        new PdfRenderer().render(PdfRenderer.keepRenderable(html.toString()),
                templateDir.resolve("brochure").toUri().toString(), meta, pdf);
    }
}
