package org.vitrine.publish.brochure;

import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A small French brochure shared by the tests and by {@link RenderMain}. */
final class BrochureSample {

    static final String AMOUNT = "1\u202F250\u202F000\u00A0€";
    static final String GUILLEMETS = "«\u00A0guillemets\u00A0»";
    static final String APOSTROPHE = "l’apostrophe";
    static final String OEUVRE = "œuvre";
    static final String BASE_URI = "file:///nonexistent/vitrine/";

    static final PdfRenderer.PdfMeta META = new PdfRenderer.PdfMeta(
            "Programmation des achats 2026",
            "fr-FR",
            "Direction des achats",
            "Prévisions d’achats de l’année",
            "achats, marchés publics, 2026",
            ZonedDateTime.of(2026, 1, 15, 9, 30, 0, 0, ZoneId.of("Europe/Paris")),
            "vitrine:brochure:2026");

    private BrochureSample() {}

    static String html() {
        return html("");
    }

    /** The sample with {@code extra} appended to the first paragraph. */
    static String html(String extra) {
        return """
            <!DOCTYPE html>
            <html lang="fr">
            <head>
              <meta charset="utf-8"/>
              <title>Programmation des achats 2026</title>
              <meta name="description" content="Prévisions d’achats de l’année"/>
              <style>
                @page { size: A4; margin: 2cm;
                  @bottom-center { content: counter(page) " / " counter(pages); font-family: 'DejaVu Sans'; } }
                body { font-family: 'DejaVu Sans'; font-size: 11pt; color: #1a1a1a; }
                h1 { font-size: 20pt; color: #003366; }
                table { border-collapse: collapse; width: 100%%; }
                th, td { border: 1px solid #888; padding: 4px; }
                .new-page { page-break-before: always; }
              </style>
            </head>
            <body>
              <h1>Programmation des achats 2026</h1>
              <p>Le montant total prévu est de %s. Ce sont des %s, %s et une <em>%s</em> en
              <strong>gras</strong> et <strong><em>gras italique</em></strong>.%s</p>
              <table>
                <thead><tr><th>Objet</th><th>Montant</th></tr></thead>
                <tbody>
                  <tr><td>Entretien des bâtiments</td><td>%s</td></tr>
                  <tr><td>Fournitures de bureau</td><td>48\u202F000\u00A0€</td></tr>
                </tbody>
              </table>
              <div class="new-page">
                <h1>Calendrier</h1>
                <p>Les consultations commenceront au deuxième trimestre.</p>
              </div>
            </body>
            </html>
            """.formatted(AMOUNT, GUILLEMETS, APOSTROPHE, OEUVRE, extra, AMOUNT);
    }
}
