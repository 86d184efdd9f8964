package org.vitrine.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A stamp in a title or description holds the need back; the word used as a word does not (issue 16, outside attacker). */
class ConfidentialStampTest {

    @ParameterizedTest(name = "{0} is stamped « {1} »")
    @CsvSource(delimiter = '|', value = {
        "CONFIDENTIEL - Audit de sécurité du réseau | CONFIDENTIEL",
        "Audit CONFIDENTIEL des réseaux | CONFIDENTIEL",
        "Travaux de réfection (confidentiel) | confidentiel",
        "[Confidentiel] Achat de serveurs | Confidentiel",
        "Renouvellement du SI « confidentiel » | confidentiel",
        "Confidentiel : achat de serveurs | Confidentiel",
        "Strictement confidentiel – audit | Strictement confidentiel",
        "Achat de licences – usage interne | usage interne",
        "Achat de licences [USAGE INTERNE] | USAGE INTERNE",
        "Confidentielle | Confidentielle",
        "Achat de licences – ne pas publier | ne pas publier",
        "Audit sécurité, ne pas diffuser | ne pas diffuser",
        "Projet sensible : ne pas diffuser avant le conseil | ne pas diffuser",
        "Diffusion restreinte : audit du SI | diffusion restreinte",
        "Audit non diffusable | non diffusable",
        "C O N F I D E N T I E L : audit | C O N F I D E N T I E L",
        "Pare-feu C O N F I D E N T I E L | C O N F I D E N T I E L",
        "Audit c.o.n.f.i.d.e.n.t.i.e.l | c.o.n.f.i.d.e.n.t.i.e.l",
        "Firewall - internal only | internal only",
        "Audit – pour usage interne | pour usage interne",
        "Audit – usage strictement interne | usage strictement interne",
        "Audit – confidentiel défense | confidentiel défense",
        "Audit secret défense | secret défense",
        "Audit, diffusion limitée | diffusion limitée",
        "Audit *confidentiel* | confidentiel",
        "Audit (Ne Pas Diffuser) | ne pas diffuser",
        "Audit ＣＯＮＦＩＤＥＮＴＩＥＬ des comptes | CONFIDENTIEL",
        // seventh attack, decided: a lot's title in the lots column, a marking addressed to the staff, look-alike letters
        "Lot 1 : Confidentiel ; Lot 2 : Audit | Confidentiel",
        "Lot 1 : Audit des comptes\\nLot 2 : CONFIDENTIEL | CONFIDENTIEL",
        "Document confidentiel | Document confidentiel",
        "Document confidentiel – audit des comptes | Document confidentiel",
        "Usage interne uniquement | Usage interne uniquement",
        "À ne pas rendre public | ne pas rendre public",
        "Audit \u0421ONFIDENTIEL des comptes | CONFIDENTIEL",
        "\u0421\u041eNFID\u0415NTI\u0415L - audit | CONFIDENTIEL",
        // eighth attack: Greek capitals alone in a description, a small l or a zero for a capital, decided wordings
        "\u039A\u039F\u039DFIDENTIEL | KONFIDENTIEL",
        "Projet S17 CONFIDENTlEL | CONFIDENTIEL",
        "Projet S18 C0NFIDENTIEL | CONFIDENTIEL",
        "Projet S41 – CONFIDENTlEL | CONFIDENTIEL",
        "Projet S42 — C0NFIDENTIEL | CONFIDENTIEL",
        "Audit des comptes (c0nfidentiel) | confidentiel",
        "Diffusion interne | Diffusion interne",
        "Diffusion interne uniquement | Diffusion interne uniquement",
        "Audit du SI – diffusion interne | diffusion interne",
        "Réservé à un usage interne | Réservé à un usage interne",
        "NON PUBLIC | NON PUBLIC",
        "Audit des comptes NON PUBLIC | NON PUBLIC",
        "[CONF] Audit des comptes | [CONF]",
        "Audit des comptes (conf.) | (conf.)",
        "Conf. | Conf.",
        // tenth attack (V): published before
        "Entretien des parcs. Diffusion interne. | Diffusion interne",
        "Entretien des parcs. Diffusion interne. mkd05 | Diffusion interne",
        "Diffusion interne mkd03 | Diffusion interne",
        "Entretien des parcs – Diffusion interne mkd12 | Diffusion interne",
        "Note : diffusion interne uniquement mkd08 | diffusion interne uniquement",
        "Confidentiel mkd01 | Confidentiel",
        "Lot 2 : Diffusion : interne | Diffusion : interne",
        "Maintenance – Diffusion : interne | Diffusion : interne",
        "Maintenance – CONFIDENTIE1 | CONFIDENTIEL",
        "Maintenance – \\u13DF\\u13BENFIDENTIEL | CONFIDENTIEL",
        "Maintenance – \\u039A\\u039F\\u039D\\u03A6\\u0399\\u0394\\u0395\\u039D\\u03A4\\u0399\\u0395\\u039B | KONFIDENTIEL",
        "3 lots dont 1 confidentiel | dont 1 confidentiel",
        "Lot 1 : Entretien ; Lot 2 : CONFIDENTIEL ; Lot 3 : Audit | CONFIDENTIEL",
        // attacker W (batch 2 and 3): published before
        "Document à usage interne. | Document à usage interne",
        "Document à usage interne – maintenance | Document à usage interne",
        "Lot 1 : Audit ; Lot 2 : Document à usage interne | Document à usage interne",
        "Document à diffusion interne uniquement. | Document à diffusion interne uniquement",
        "À diffusion interne. | À diffusion interne",
        "Réservé à la diffusion interne. | Réservé à la diffusion interne",
        "[INTERNE] Maintenance des serveurs | [INTERNE]",
        "Maintenance des serveurs [INTERNE] | [INTERNE]",
        "Ce besoin est confidentiel. | ce besoin est confidentiel",
        "Pas de diffusion. | pas de diffusion",
        "Diff. interne. | Diff. interne",
        "Confid. – maintenance | Confid.",
        "C\u0585nfidentiel – maintenance | Confidentiel",
        "\u1D04\u1D0F\u0274\uA730\u026A\u1D05\u1D07\u0274\u1D1B\u026A\u1D07\u029F – maintenance | confidentiel",
        "C0NF1D3NT13L – maintenance | CONFIDENTIEL",
        "Diffusion : agents uniquement. | Diffusion : agents uniquement",
        // attacker X: published before
        "— INTERNE — Maintenance des serveurs | — INTERNE —",
        "Maintenance des serveurs - INTERNE - | - INTERNE -",
        "Interne. | Interne.",
        "C\\u0332O\\u0332N\\u0332F\\u0332I\\u0332D\\u0332E\\u0332N\\u0332T\\u0332I\\u0332E\\u0332L\\u0332 – maintenance | CONFIDENTIEL",
        "Maintenance (c\\u0333o\\u0333n\\u0333f\\u0333i\\u0333d\\u0333e\\u0333n\\u0333t\\u0333i\\u0333e\\u0333l\\u0333) | confidentiel",
        "Document interne – ne pas transmettre | ne pas transmettre",
        "Document interne. | Document interne",
        "Ce besoin ne doit pas être publié. | Ce besoin ne doit pas être publié",
        "Maintenance des serveurs. Ne doit pas être diffusé. | Ne doit pas être diffusé",
        "Cette fiche ne doit en aucun cas être publiée | Cette fiche ne doit en aucun cas être publiée",
        "Diffusion : NON | Diffusion : NON",
        "Maintenance des serveurs – Diffusion : non. | Diffusion : non",
        "Publication = non | Publication = non",
        "Lettre d'information – diffusion restreinte aux agents | diffusion restreinte",
        // attacker Y (issue 16, §5)
        "Maintenance des ascenseurs (ne pas divulguer) | ne pas divulguer",
        "Maintenance des ascenseurs – réservé aux services | réservé aux services",
        "Sous embargo jusqu'au 01/03/2027 – maintenance des ascenseurs | sous embargo",
        "Maintenance des ascenseurs – non communicable | non communicable",
        "Maintenance des ascenseurs [DR] | [DR]",
        "🔒 Confidentiel – maintenance des ascenseurs | Confidentiel",
        "Maintenance des ascenseurs – Classification : C3 confidentiel | Classification : C3 confidentiel",
        "Maintenance des ascenseurs – 🅲🅾🅽🅵🅸🅳🅴🅽🆃🅸🅴🅻 | CONFIDENTIEL",
        "Projet confidentiel, merci de ne pas le relayer. | ne pas le relayer",
        "Information à usage exclusivement interne. | usage exclusivement interne",
        "Mairie de Saint-Trqlac (CONFIDENTIEL) | CONFIDENTIEL"})
    void aStampHoldsTheNeedBack(String text, String stamp) {
        assertEquals(stamp, ConfidentialStamp.in(unescape(text)));
    }

    @ParameterizedTest(name = "{0} is a public need")
    @ValueSource(strings = {"Destruction de documents confidentiels", "DESTRUCTION DE DOCUMENTS CONFIDENTIELS",
        "Confidentialité des données — audit RGPD", "Prestation de destruction confidentielle d'archives",
        "Documents confidentiels - destruction sur site", "Sécurité : hébergement des données confidentielles",
        "Non confidentiel - achat de mobilier", "Coffres-forts pour documents confidentiels (archives)",
        "Le titulaire s'engage à ne pas diffuser les données des patients", "Obligation de ne pas publier d'informations sur les usagers",
        "Médicaments à usage interne et externe", "Respect du secret médical", "Hébergement de données de santé confidentielles", "Lots A B C D : voirie", "Travaux de voirie", "",
        // decided: in a title all in capitals the word qualifies what is bought, set off by nothing (no stamp)
        "AUDIT CONFIDENTIEL DES COMPTES", "Destruction de document confidentiel", "Lot 1 : Destruction de documents confidentiels ; Lot 2 : Audit",
        "Lot 1 : Médicaments à usage interne ; Lot 2 : externe", "Ne pas rendre public les résultats avant le jury",
        // the words of the eighth attack's cases used as words, codes with digits left as written
        "Plateforme de diffusion interne de l'information", "Conférence des maires", "Salle de conférence (50 places)",
        "Travaux dans les locaux non publics", "Lot 1 : C0 et C1 ; Lot 2 : R0", "Il faut remplacer 10 luminaires", "Audit 2027 lot B01",
        // tenth attack's words used as words
        "Plateforme de diffusion interne des actes", "Outil de diffusion interne", "Conférence", "Locaux non publics",
        "Confidentialité des données", "Diffusion interne des actes du conseil", "Lot 2 : Outil de diffusion interne",
        "3 lots dont 1 pour la destruction de documents confidentiels", "Entretien des parcs. Diffusion des actes. Lot 2",
        // attacker W's stamps' words used as words
        "Diffusion d'alertes aux usagers", "Marché de diffusion de contenus", "Pas de diffusion d'alertes la nuit",
        "Plateforme de diffusion interne", "Médecine interne", "Données confidentielles de santé", "Formation (interne)",
        "Diffusion des documents à usage interne du service", "Document d'usage courant", "Confidentialité – audit", "Lot 3 : A380 et T3 ; Lot 4 : R3D", "Agents uniquement le matin",
        // attacker X's stamps' words used as words: a subscription service, an obligation of the contract, a medical field
        "Lettre d'information à diffusion restreinte aux abonnés", "Service de presse en ligne, diffusion restreinte aux abonnés",
        "Les résultats ne doivent pas être publiés avant le jury", "Les données des patients ne doivent pas être diffusées",
        "Le titulaire s'engage à ne pas transmettre les données", "Médecine interne – équipements", "MÉDECINE INTERNE",
        "Diffusion : non applicable aux lots 2 et 3", "Public : non-voyants et malvoyants", "Gestion documentaire interne",
        "Souligne\u0301 et accentue\u0301",
        // attacker Y's legitimate titles (L01–L09), and « Brouillon non validé » (decided: a forecast is provisional)
        "Destruction de documents confidentiels", "Prestations de confidentialité des données (RGPD)",
        "Formation (interne) des agents à la sécurité", "Diffusion d'alertes météo aux habitants",
        "Équipements du service de médecine interne", "Non confidentiel – renouvellement du parc de photocopieurs",
        "Fourniture de coffres-forts pour documents confidentiels", "Communication interne : magazine des agents",
        "Audit interne du contrôle de gestion", "Brouillon non validé – maintenance des ascenseurs",
        "Sortie scolaire – car réservé aux services périscolaires le mardi", "Classification des déchets : C3 et C4"})
    void theWordAsAWordIsNoStamp(String text) {
        assertNull(ConfidentialStamp.in(text));
    }

    /** « \\n » and « \\uXXXX » in the table, so that a line end and look-alike letters stay visible in the source. */
    private static String unescape(String s) {
        return java.util.regex.Pattern.compile("\\\\u([0-9A-F]{4})").matcher(s.replace("\\n", "\n"))
                .replaceAll(m -> String.valueOf((char) Integer.parseInt(m.group(1), 16)));
    }

    /** Attacker A, failure 3d: a stamp in the reference, text like the others (« CONFIDENTIEL-2027-20 » was published). */
    @org.junit.jupiter.api.Test
    void aStampInTheReferenceHoldsTheNeedBack() throws Exception {
        var run = Rows.run();
        var held = Rows.normalise(run, java.util.Map.of("reference", "CONFIDENTIEL-2027-20"));
        assertEquals("confidential", held.need().visibility(), held.warnings().toString());
        assertEquals(1, held.warnings().stream().filter(w -> w.reason().startsWith("La colonne « reference » porte")
                || w.reason().startsWith("La colonne « Référence » porte")).count(), held.warnings().toString());
        for (String kept : java.util.List.of("CH-2027-20", "NC-2027-01", "Archives confidentielles 2027")) {
            assertEquals("public", Rows.normalise(run, java.util.Map.of("reference", kept)).need().visibility(), kept);
        }
    }
}
