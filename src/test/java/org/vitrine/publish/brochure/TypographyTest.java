package org.vitrine.publish.brochure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * French typography on the brochure's final HTML. In the tables "_" stands for a no-break space (U+00A0)
 * and "^" for a narrow no-break space (U+202F), so that the expected text can be read.
 */
class TypographyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // before : a no-break space; one is added after a word
            "Durée : 48 mois|Durée_: 48_mois",
            "Note: voir plus bas|Note_: voir plus bas",
            "Durée_: 48 mois|Durée_: 48_mois",
            "https://marches.example.fr/a|https://marches.example.fr/a",
            "de 9:30 à 12:00|de 9:30 à 12:00",
            // before ; ! ? a narrow one; an entity's ";" is left alone
            "Appel d’offres ; marché|Appel d’offres^; marché",
            "Pourquoi? Parce que !|Pourquoi^? Parce que^!",
            "Dupont &amp; fils ; suite|Dupont &amp; fils^; suite",
            "consommables électriques; éclairage|consommables électriques^; éclairage",
            "A&#160; B&#x20; C|A&#160; B&#x20; C",
            "page.html?x=1|page.html?x=1",
            // inside « » no-break spaces
            "le besoin «Nettoyage»|le besoin «_Nettoyage_»",
            "le besoin « Nettoyage »|le besoin «_Nettoyage_»",
            // digit groups of one number stay whole, phone pairs and years are not numbers to join
            "Fourniture de 1 200 repas|Fourniture de 1^200 repas",
            "2 400 000 lits|2^400^000 lits",
            "en 2027 100 lits|en 2027 100 lits",
            "03 00 00 06 06|03 00 00 06 06",
            "12 %, 3 lots, 9 h – 17 h 30|12_%, 3_lots, 9_h – 17_h 30",
            // the code article spelt out
            // one form for the code's articles, the full one (the last designer's point 5: « L2113-12 » beside
            // « article L. 2113-15 »)
            "(SIAE, art. L2113-13)|(SIAE, article_L._2113-13 du code de la commande publique)",
            "candidater (L2113-13).|candidater (article_L._2113-13 du code de la commande publique).",
            "conditions de l’article L2113-15.|conditions de l’article_L._2113-15 du code de la commande publique.",
            "article R2122-8|article_R._2122-8 du code de la commande publique",
            "art. L. 2113-15|article_L._2113-15 du code de la commande publique",
            "(L2124-1, R2124-1)|(articles_L._2124-1, R._2124-1 du code de la commande publique)",
            "R2121-1 à R2121-9 : lots|articles_R._2121-1 à R._2121-9 du code de la commande publique_: lots",
            "article L2113-4 du code de la commande publique|article_L._2113-4 du code de la commande publique",
            "Réf. SIE-L2027-12, art. 2 de la loi|Réf. SIE-L2027-12, art. 2 de la loi",
            // dates kept whole: day, month and year (and the "le" before the day)
            "lancement le 6 octobre 2027 au plus tard|lancement le_6_octobre_2027 au plus tard",
            "avant le 8 mars 2027.|avant le_8_mars_2027.",
            "du 1er juin 2027 au 31 décembre 2028|du 1er_juin_2027 au 31_décembre_2028",
            "Dépôt légal : novembre 2026|Dépôt légal_: novembre_2026",
            "Mai 2027, 3 mai|Mai_2027, 3_mai",
            "12 maisons, 2027 lits, le 12 lots|12 maisons, 2027 lits, le 12_lots"})
    void frenchSpacingInText(String text, String expected) {
        assertEquals(read(expected), Typography.text(read(text), true, false));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Duration: 48 months|Duration: 48 months",
            "Fourniture de 1 200 repas|Fourniture de 1^200 repas",
            "1er septembre|1er septembre"})
    void englishKeepsItsPunctuation(String text, String expected) {
        assertEquals(read(expected), Typography.text(read(text), false, false));
    }

    /** The English brochure's references to the code in one form, as the French one's (issue 20). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "only they may bid (L2113-13).|only they may bid (article_L._2113-13 of the French Public Procurement Code).",
            "the conditions of article L2113-15.|the conditions of article_L._2113-15 of the French Public Procurement Code.",
            "(articles R2122-1 and following|(articles_R._2122-1 of the French Public Procurement Code and following",
            "(article L2113-4 of the French public procurement code): no|(article_L._2113-4 of the French Public Procurement Code): no",
            "art. L. 2113-15 of the public procurement code|article_L._2113-15 of the French Public Procurement Code",
            "R2121-1 to R2121-9: lots|articles_R._2121-1 to R._2121-9 of the French Public Procurement Code: lots",
            "(L2124-1, R2124-1)|(articles_L._2124-1, R._2124-1 of the French Public Procurement Code)",
            "Article R2122-8 allows it|Article_R._2122-8 of the French Public Procurement Code allows it",
            "ISO 9001-2015, ref. CHU-2027-014|ISO 9001-2015, ref. CHU-2027-014"})
    void englishReferencesToTheCodeInOneForm(String text, String expected) {
        assertEquals(read(expected), Typography.text(read(text), false, false));
    }

    /** Headings: no line ends on a short word, the last two words stay together; markup and attributes untouched. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "<body><h1>Salon inversé de la commande publique 2027</h1>|<body><h1>Salon inversé de_la_commande publique_2027</h1>",
            "<body><h2>Centre hospitalier universitaire de Beaumont-sur-Saône</h2>|<body><h2>Centre hospitalier universitaire de_Beaumont-sur-Saône</h2>",
            "<body><h2>Ville de Beaumont</h2><h3>Travaux de voirie, tranche ferme</h3>|<body><h2>Ville de_Beaumont</h2><h3>Travaux de_voirie, tranche_ferme</h3>",
            "<body><h3><a href=\"x\" title=\"Voir : la fiche\">Mise à disposition d’automates</a></h3>|<body><h3><a href=\"x\" title=\"Voir : la fiche\">Mise à_disposition_d’automates</a></h3>",
            "<body><h3>Lancement au 2e trimestre</h3>|<body><h3>Lancement au_2e_trimestre</h3>",
            "<body><h2>SDIS de Saône-et-Brenne (part du SDIS)</h2>|<body><h2>SDIS de_Saône-et-Brenne (part_du_SDIS)</h2>",
            "<body><h3>Travaux (voir la liste complète des bâtiments concernés)</h3>|<body><h3>Travaux (voir la_liste complète des_bâtiments_concernés)</h3>",
            "<body><h2>Index</h2><p>Un texte de la page</p>|<body><h2>Index</h2><p>Un texte de la_page</p>",
            "<head><title>Titre : x</title></head><body><p style=\"width: 3mm\">a : b</p>|<head><title>Titre : x</title></head><body><p style=\"width: 3mm\">a_:_b</p>"})
    void headingsAndMarkup(String html, String expected) {
        assertEquals(read(expected), Typography.fix(html, true));
    }

    /** Ordinal suffixes raised, each in an inline block with the no-break run around it; the rest in spans. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "1er septembre 2027|<span class=\"ord\"><span>1</span><sup>er</sup></span><span> septembre 2027</span>",
            "Fin_: 1er septembre|<span>Fin_: </span><span class=\"ord\"><span>1</span><sup>er</sup></span><span> septembre</span>",
            "actuel_:_1er_septembre 2027|<span class=\"ord\"><span>actuel_:_1</span><sup>er</sup><span>_septembre</span></span><span> 2027</span>",
            "au_2e trimestre, 1re édition|<span class=\"ord\"><span>au_2</span><sup>e</sup></span><span> trimestre, </span><span class=\"ord\"><span>1</span><sup>re</sup></span><span> édition</span>"})
    void ordinalSuffixesAreRaised(String text, String expected) {
        assertEquals(read(expected), Typography.raised(read(text)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "T2e lot, 1er-lot, 10e",
            "2027 et 1 200"})
    void noOrdinalNoChange(String text) {
        String fixed = text.replace("1 200", "1\u202F200").replace(", 10e", ",\u00A010e").replace("et 1", "et\u00A01");
        assertEquals("<body><p>" + fixed + "</p>", Typography.fix("<body><p>" + text + "</p>", true));
    }

    /**
     * The last designer's orphans (pages 7, 63, 64): the last two words of a paragraph or a cell stay together when
     * short enough, so that no last line holds one word; not across blocks, line breaks or markup, nor a long pair.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "<body><p><span class=\"stand\">Stand B07</span> &#160; 29 besoins · 2 questions publiées avec leur réponse</p>|<body><p><span class=\"stand\">Stand B07</span><span> &#160; 29 besoins · 2 questions publiées avec leur_réponse</span></p>",
            "<body><table><tr><td class=\"ix-title\">Accompagnement à la conduite du changement du projet de dématérialisation</td><td>Région</td></tr></table>|<body><table><tr><td class=\"ix-title\">Accompagnement à la conduite du changement du projet de_dématérialisation</td><td>Région</td></tr></table>",
            "<body><table><tr><td><div class=\"run-division\">Division 45 — suite</div>Gymnase</td></tr></table>|<body><table><tr><td><div class=\"run-division\">Division 45 — suite</div><span>Gymnase</span></td></tr></table>",
            "<body><p>Premier mot</p><p>Seul</p>|<body><p>Premier_mot</p><p>Seul</p>",
            "<body><p>Licence Ouverte<br />https://www.etalab.gouv.fr/licence</p>|<body><p>Licence Ouverte<br /><span>https://www.etalab.gouv.fr/licence</span></p>",
            "<body><p>Un texte dont les deux derniers mots sont anticonstitutionnellement longs</p>|<body><p>Un texte dont les deux derniers mots sont anticonstitutionnellement longs</p>"})
    void noLastLineOfOneWord(String html, String expected) {
        assertEquals(read(expected), Typography.fix(html, true));
    }

    /** Text that follows a child element gets a span of its own (openhtmltopdf would write it before the child). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "<body><p>A <span>B</span> C</p>|<body><p>A <span>B</span><span> C</span></p>",
            "<body><p><b>L</b> x <img src=\"q\" /> y</p><p>z</p>|<body><p><b>L</b><span> x </span><img src=\"q\" /><span> y</span></p><p>z</p>",
            "<body><p>Le 1er lot <a href=\"#\">x</a></p>|<body><p><span>Le </span><span class=\"ord\"><span>1</span><sup>er</sup></span><span> lot </span><a href=\"#\">x</a></p>",
            "<body><p><span>A</span> </p>|<body><p><span>A</span> </p>"})
    void textAfterAChildElementIsWrapped(String html, String expected) {
        assertEquals(expected, Typography.fix(html, true));
    }

    /** A date with its ordinal is one unbreakable run, "le" included. */
    @org.junit.jupiter.api.Test
    void dateWithOrdinalIsOneRun() {
        assertEquals(read("<body><p><span class=\"ord\"><span>Le_1</span><sup>er</sup><span>_mars_2027</span></span><span> </span><a href=\"#\">x</a></p>"),
                Typography.fix("<body><p>Le 1er mars 2027 <a href=\"#\">x</a></p>", true));
    }

    private static String read(String table) {
        return table.replace('_', '\u00A0').replace('^', '\u202F');
    }
}
