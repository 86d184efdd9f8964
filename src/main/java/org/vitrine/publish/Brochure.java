package org.vitrine.publish;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vitrine.cli.Messages;
import org.vitrine.config.Config;
import org.vitrine.config.VitrineConfig;
import org.vitrine.publish.brochure.BrochureFacts;
import org.vitrine.publish.brochure.BrochureTools;
import org.vitrine.publish.brochure.PdfRenderer;
import org.vitrine.publish.brochure.QrImages;

/**
 * The event brochure: templates/brochure/brochure.ftlh rendered to PDF/A-3u (tagged for PDF/UA)
 * through openhtmltopdf, with data/needs.csv and data/needs.json attached. brochure.pdf is in the
 * primary language; brochure-en.pdf is added when English is configured as well.
 */
public final class Brochure {

    private final Templates templates;
    private final Path templateDir;

    public Brochure(Templates templates, Path templateDir) {
        this.templates = templates;
        this.templateDir = templateDir;
    }

    /** Writes brochure.pdf (and brochure-en.pdf when configured) into the public folder. */
    public List<Path> writeAll(Path publicDir, Site site, Config config, Messages messages) throws IOException {
        List<Path> written = new ArrayList<>();
        try (QrImages qr = qrImages(site)) { // the same permalinks, so the same codes, in both languages
            Path main = publicDir.resolve("brochure.pdf");
            write(main, site, messages, config, qr);
            written.add(main);
            List<String> languages = config.vitrine().languages();
            if (languages != null && languages.contains("en") && !"en".equals(messages.lang())) {
                Path en = publicDir.resolve("brochure-en.pdf");
                write(en, site, Messages.of("en"), config, qr);
                written.add(en);
            }
        }
        return written;
    }

    /** The brochure in the language of {@code messages}, without the config's foreword and images. */
    public void write(Path pdf, Site site, Messages messages, String organisation) throws IOException {
        write(pdf, site, messages, (Config) null);
    }

    /** The brochure in the language of {@code messages}; {@code config} gives foreword, logo and floor plan. */
    public void write(Path pdf, Site site, Messages messages, Config config) throws IOException {
        try (QrImages qr = qrImages(site)) {
            write(pdf, site, messages, config, qr);
        }
    }

    /** {@link #write(Path, Site, Messages, Config)} with QR codes already started by {@link #qrImages}. */
    public void write(Path pdf, Site site, Messages messages, Config config, QrImages qr) throws IOException {
        Map<String, Object> model = model(site, messages, config, qr);
        EditionInfo edition = (EditionInfo) model.get("edition");
        String html = html(model);
        String year = String.valueOf(edition.year());
        VitrineConfig.Organisation org = (VitrineConfig.Organisation) model.get("org");
        var meta = new PdfRenderer.PdfMeta(messages.get("brochure.title", year), messages.lang(),
                org == null ? null : org.name(), messages.get("brochure.subject", year),
                messages.get("bro.keywords", year), edition.date().atStartOfDay(ZoneOffset.UTC),
                "vitrine-" + edition.id() + "-" + messages.lang());
        new PdfRenderer().render(html, baseUri(), meta, pdf, attachments(pdf, messages), qr);
        qr.checkAllDrawn();
    }

    /**
     * Starts encoding the QR codes of the site's permalinks, in the brochure's order (buyer by buyer),
     * on a background thread: they are ready before layout reaches them.
     */
    public static QrImages qrImages(Site site) {
        List<org.vitrine.model.Need> inOrder = new ArrayList<>(site.needs().size());
        site.buyers().forEach(b -> inOrder.addAll(b.needs()));
        return new QrImages(BrochureTools.permalinks((String) site.model().get("baseUrl"), inOrder));
    }

    /** The brochure's final HTML, as handed to openhtmltopdf with {@code qr} (the benchmark renders it alone). */
    public String html(Site site, Messages messages, Config config, QrImages qr) throws IOException {
        return html(model(site, messages, config, qr));
    }

    /** The template's output made renderable; only the final string outlives this call, not the buffer. */
    private String html(Map<String, Object> model) throws IOException {
        StringWriter html = new StringWriter(1 << 16);
        templates.render("brochure/brochure.ftlh", model, html);
        return PdfRenderer.keepRenderable(html.toString());
    }

    /** Where the brochure templates are, for relative links in the HTML. */
    public String baseUri() {
        return templateDir.resolve("brochure").toUri().toString();
    }

    /** The site's model in the brochure's language, with the figures and helpers the templates use. */
    private static Map<String, Object> model(Site site, Messages messages, Config config, QrImages qr) {
        Map<String, Object> model = new HashMap<>(site.model());
        EditionInfo e = (EditionInfo) model.get("edition");
        if (!messages.lang().equals(e.language())) {
            // Labels and the disclaimer follow the brochure's language; data texts stay as written.
            e = new EditionInfo(e.id(), e.year(), e.date(), messages.lang(), e.sources(), e.withdrawn(), e.licence(),
                    e.licenceUrl(), messages.get("publish.disclaimer"));
            model.put("edition", e);
        }
        model.put("msg", messages);
        model.put("fmt", new Fmt(messages));
        model.put("lang", messages.lang());
        model.put("facts", new BrochureFacts(site.needs(), e.year(), messages.lang(), messages.locale()));
        model.put("tools", new BrochureTools((String) model.get("baseUrl"), messages.lang(), qr));
        VitrineConfig v = config == null ? null : config.vitrine();
        if (v != null) {
            model.put("foreword", v.brochure() == null ? null : v.brochure().foreword());
            if (v.organisation() != null && v.organisation().logo() != null) {
                model.put("logo", BrochureTools.imageUri(config.dir().resolve(v.organisation().logo())));
            }
            if (v.event() != null && v.event().floorPlan() != null) {
                model.put("floorPlan", BrochureTools.imageUri(config.dir().resolve(v.event().floorPlan())));
            }
        }
        return model;
    }

    /** data/needs.csv and data/needs.json beside the PDF, when they were written (they are, in a run). */
    private static List<PdfRenderer.Attachment> attachments(Path pdf, Messages messages) {
        Path data = pdf.toAbsolutePath().getParent().resolve("data");
        List<PdfRenderer.Attachment> list = new ArrayList<>();
        if (Files.isRegularFile(data.resolve("needs.csv"))) {
            list.add(new PdfRenderer.Attachment(data.resolve("needs.csv"), "needs.csv", "text/csv",
                    messages.get("bro.attachment.csv")));
        }
        if (Files.isRegularFile(data.resolve("needs.json"))) {
            list.add(new PdfRenderer.Attachment(data.resolve("needs.json"), "needs.json", "application/json",
                    messages.get("bro.attachment.json")));
        }
        return list;
    }
}
