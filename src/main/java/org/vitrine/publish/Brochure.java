package org.vitrine.publish;

import org.vitrine.model.EditionInfo;
import org.vitrine.messages.Fmt;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vitrine.messages.Messages;
import org.vitrine.config.Config;
import org.vitrine.config.VitrineConfig;
import org.vitrine.publish.brochure.BrochureFacts;
import org.vitrine.publish.brochure.BrochureTools;
import org.vitrine.publish.brochure.FloorPlan;
import org.vitrine.publish.brochure.PdfRenderer;
import org.vitrine.publish.brochure.PrintImages;
import org.vitrine.publish.brochure.QrImages;
import org.vitrine.publish.brochure.ShortNames;
import org.vitrine.publish.brochure.Typography;

/**
 * The event brochure: templates/brochure/brochure.ftlh rendered to PDF/A-3u (tagged for PDF/UA)
 * through openhtmltopdf, with data/needs.csv and data/needs.json attached. brochure.pdf is in the
 * primary language; brochure-en.pdf is added when English is configured as well.
 */
public final class Brochure {

    /** A saddle-stitched booklet has a multiple of 4 pages: ruled notes pages fill it up before the back cover. */
    public static final int PAGE_MULTIPLE = 4;

    private final Templates templates;
    private final Path templateDir;

    public Brochure(Templates templates, Path templateDir) {
        this.templates = templates;
        this.templateDir = templateDir;
    }

    /**
     * Writes brochure.pdf (and brochure-en.pdf when configured) into the public folder, with the edition's
     * data files of {@code publicDir/data} attached (written before by the exports stage).
     */
    public List<Path> writeAll(Path publicDir, Site site, Config config, Messages messages) throws IOException {
        Path data = publicDir.resolve("data");
        List<Path> written = new ArrayList<>();
        try (QrImages qr = qrImages(site)) { // the same permalinks, so the same codes, in both languages
            Path main = publicDir.resolve("brochure.pdf");
            write(main, data, site, messages, config, qr);
            written.add(main);
            List<String> languages = config.vitrine().languages();
            if (languages != null && languages.contains("en") && !"en".equals(messages.lang())) {
                Path en = publicDir.resolve("brochure-en.pdf");
                write(en, data, site, Messages.of("en"), config, qr);
                written.add(en);
            }
        }
        return written;
    }

    /**
     * The brochure in the language of {@code messages}, with needs.csv and needs.json of {@code dataDir}
     * attached; {@code config} (may be null) gives foreword, logo, floor plan and the second language.
     */
    public void write(Path pdf, Path dataDir, Site site, Messages messages, Config config) throws IOException {
        try (QrImages qr = qrImages(site)) {
            write(pdf, dataDir, site, messages, config, qr);
        }
    }

    /** {@link #write(Path, Path, Site, Messages, Config)} with QR codes already started by {@link #qrImages}. */
    public void write(Path pdf, Path dataDir, Site site, Messages messages, Config config, QrImages qr) throws IOException {
        List<PdfRenderer.Attachment> attachments = attachments(dataDir, messages);
        Map<String, Object> model = model(site, messages, config, qr);
        EditionInfo edition = (EditionInfo) model.get("edition");
        String html = html(model);
        String year = String.valueOf(edition.year());
        VitrineConfig.Organisation org = (VitrineConfig.Organisation) model.get("org");
        var meta = new PdfRenderer.PdfMeta(messages.get("brochure.title", year), messages.lang(),
                org == null ? null : org.name(), messages.get("brochure.subject", year),
                messages.get("bro.keywords", year), edition.date().atStartOfDay(ZoneOffset.UTC),
                "vitrine-" + edition.id() + "-" + messages.lang());
        new PdfRenderer().render(html, baseUri(), meta, pdf, attachments, qr, PAGE_MULTIPLE, messages.get("bro.notes"));
        qr.checkAllDrawn();
    }

    /**
     * The printer the colophon names (« Imprimé par »), or null when there is none to name: not configured, or still
     * the shipped sample (bro.printer.sample); the colophon then says « à compléter avant impression » and the run
     * warns. A sample printer is never printed as if it were the real one.
     */
    static String printer(VitrineConfig.Brochure bro, Messages messages) {
        String p = bro == null || bro.printer() == null ? "" : bro.printer().strip();
        return p.isEmpty() || isSamplePrinter(p, messages) ? null : p;
    }

    /**
     * What the run tells staff when the brochure names no printer (null if it names one): every printed writing
     * names its printer (loi du 29 juillet 1881, art. 2); the proof shows the gap, the warning says what to set where.
     */
    static String printerWarning(VitrineConfig.Brochure bro, Messages messages) {
        if (printer(bro, messages) != null) {
            return null;
        }
        return bro != null && isSamplePrinter(bro.printer(), messages)
                ? messages.get("bro.printer.sample_warning", bro.printer().strip())
                : messages.get("bro.printer.missing_warning");
    }

    /**
     * What the run tells staff about the logo when it is too small for its box on the cover (printed at 300 ppi, smaller
     * than the design) and the floor plan when it prints below 300 ppi (PrintImages): the file, its pixels, the placed
     * size and the pixels to supply. Empty when both are sharp and full size.
     */
    static List<String> imageWarnings(Config config, Messages messages) {
        VitrineConfig v = config == null ? null : config.vitrine();
        List<String> warnings = new ArrayList<>();
        if (v == null) {
            return warnings;
        }
        if (v.organisation() != null && v.organisation().logo() != null) {
            String w = PrintImages.logoWarning(config.dir().resolve(v.organisation().logo()), messages);
            if (w != null) {
                warnings.add(w);
            }
        }
        if (v.event() != null && v.event().floorPlan() != null) {
            String w = PrintImages.warning(PrintImages.floorPlan(config.dir().resolve(v.event().floorPlan())), messages);
            if (w != null) {
                warnings.add(w);
            }
        }
        return warnings;
    }

    /** The printer of earlier shipped configurations (bro.printer.sample), a placeholder. */
    static boolean isSamplePrinter(String printer, Messages messages) {
        return printer != null && printer.strip().equalsIgnoreCase(messages.get("bro.printer.sample"));
    }

    /**
     * Starts encoding the QR codes of the site's permalinks, in the brochure's order (buyer by buyer),
     * on a background thread: they are ready before layout reaches them.
     */
    public static QrImages qrImages(Site site) {
        List<org.vitrine.model.Need> inOrder = new ArrayList<>(site.needs().size());
        // Every card has its need page's code, a live one's too (designer W, D3: its banner has a second, captioned
        // code); a member's share of a groupement has no card, only a line pointing to its group's (on the
        // coordinator's pages).
        buyersInLaunchOrder(site).forEach(b -> inOrder.addAll(site.groups().rows(b.needs())));
        return new QrImages(BrochureTools.permalinks((String) site.model().get("baseUrl"), inOrder));
    }

    /**
     * The exhibitors with their needs in the brochure's order, the figures chart's: dated launches of the year
     * by date, then those known only to the quarter, half or year (BrochureFacts.launchOrder).
     */
    static List<Site.BuyerPage> buyersInLaunchOrder(Site site) {
        EditionInfo e = (EditionInfo) site.model().get("edition");
        // Titles are the buyers' (French) in both languages' brochures: one order for both, and for the QR codes.
        java.util.Comparator<org.vitrine.model.Need> order = BrochureFacts.launchOrder(e.year(), java.util.Locale.FRENCH);
        return site.buyers().stream().map(b -> new Site.BuyerPage(b.id(), b.name(), b.kind(), b.stand(), b.contact(),
                b.profile(), b.needs().stream().sorted(order).toList())).toList();
    }

    /** The brochure's final HTML, as handed to openhtmltopdf with {@code qr} (the benchmark renders it alone). */
    public String html(Site site, Messages messages, Config config, QrImages qr) throws IOException {
        return html(model(site, messages, config, qr));
    }

    /** The template's output made renderable; only the final string outlives this call, not the buffer. */
    private String html(Map<String, Object> model) throws IOException {
        StringWriter html = new StringWriter(1 << 16);
        templates.render("brochure/brochure.ftlh", model, html);
        return PdfRenderer.keepRenderable(Typography.fix(html.toString(), "fr".equals(model.get("lang"))));
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
        model.put("lang", messages.lang());
        Fmt fmt = new Fmt(messages);
        model.put("fmt", fmt);
        BrochureFacts facts = new BrochureFacts(site.needs(), site.groups(), e.year(), messages.lang(), messages.locale(), fmt);
        model.put("facts", facts);
        // A first edition (every need new, none withdrawn) marks no need "nouveau": it would say nothing.
        model.put("marksChanges", !(facts.allNew() && (e.withdrawn() == null || e.withdrawn().isEmpty())));
        model.put("buyers", buyersInLaunchOrder(site));
        model.put("anyLive", site.needs().stream().anyMatch(n -> n.live() != null));
        // The catalogue's launch timing: a need page and its brochure block say the same (announced or running).
        model.put("timing", org.vitrine.publish.catalogue.LaunchTiming.of(site.model()));
        // Links, QR codes and printed addresses only from a whole web address (BrochureTools.siteBase).
        model.put("baseUrl", BrochureTools.siteBase((String) model.get("baseUrl")));
        model.put("tools", new BrochureTools((String) model.get("baseUrl"), messages, qr, fmt));
        VitrineConfig v = config == null ? null : config.vitrine();
        VitrineConfig.Event event = v == null ? null : v.event();
        Path planImage = null;
        if (v != null) {
            model.put("foreword", v.brochure() == null ? null : v.brochure().foreword());
            if (v.organisation() != null && v.organisation().logo() != null) {
                Path logo = config.dir().resolve(v.organisation().logo());
                model.put("logo", BrochureTools.imageUri(logo));
                model.put("logoPlaced", PrintImages.logo(logo)); // its printed size: no larger than 300 ppi allows
            }
            if (event != null && event.floorPlan() != null) {
                planImage = config.dir().resolve(event.floorPlan());
                model.put("floorPlan", BrochureTools.imageUri(planImage));
                model.put("floorPlanPlaced", PrintImages.floorPlan(planImage));
            }
            if (event != null) {
                model.put("bookingUrl", BrochureTools.firstUrl(event.booking()));
                model.put("bookingText", BrochureTools.withoutUrls(event.booking()));
            }
        }
        VitrineConfig.Brochure bro = v == null ? null : v.brochure();
        ShortNames names = new ShortNames(ShortNames.given(config == null || config.buyers() == null ? null : config.buyers().all(),
                bro == null ? null : bro.shortNames()), messages.get("bro.short_forms"));
        model.put("names", names);
        model.put("printer", printer(bro, messages));
        model.put("plan", new FloorPlan(planImage, event == null ? null : event.floorPlanStands(), site.buyers(),
                messages.locale(), names));
        return model;
    }

    /**
     * The edition's needs.csv and needs.json, always: a brochure written away from its data (the
     * benchmark's, a larger edition's) used to go out without them. Missing files are an error, not a
     * brochure without its data.
     */
    private static List<PdfRenderer.Attachment> attachments(Path dataDir, Messages messages) throws IOException {
        Path csv = dataDir.resolve("needs.csv");
        Path json = dataDir.resolve("needs.json");
        for (Path f : List.of(csv, json)) {
            if (!Files.isRegularFile(f)) {
                throw new IOException("the brochure's attachment " + f + " has not been written");
            }
        }
        return List.of(new PdfRenderer.Attachment(csv, "needs.csv", "text/csv", messages.get("bro.attachment.csv")),
                new PdfRenderer.Attachment(json, "needs.json", "application/json", messages.get("bro.attachment.json")));
    }
}
