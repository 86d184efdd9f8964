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
        "Audit secret défense | secret defense",
        "Audit, diffusion limitée | diffusion limitee",
        "Audit *confidentiel* | confidentiel",
        "Audit (Ne Pas Diffuser) | ne pas diffuser",
        "Audit ＣＯＮＦＩＤＥＮＴＩＥＬ des comptes | CONFIDENTIEL"})
    void aStampHoldsTheNeedBack(String text, String stamp) {
        assertEquals(stamp, ConfidentialStamp.in(text));
    }

    @ParameterizedTest(name = "{0} is a public need")
    @ValueSource(strings = {"Destruction de documents confidentiels", "DESTRUCTION DE DOCUMENTS CONFIDENTIELS",
        "Confidentialité des données — audit RGPD", "Prestation de destruction confidentielle d'archives",
        "Documents confidentiels - destruction sur site", "Sécurité : hébergement des données confidentielles",
        "Non confidentiel - achat de mobilier", "Coffres-forts pour documents confidentiels (archives)",
        "Le titulaire s'engage à ne pas diffuser les données des patients", "Obligation de ne pas publier d'informations sur les usagers",
        "Médicaments à usage interne et externe", "Respect du secret médical", "Hébergement de données de santé confidentielles", "Lots A B C D : voirie", "Travaux de voirie", ""})
    void theWordAsAWordIsNoStamp(String text) {
        assertNull(ConfidentialStamp.in(text));
    }
}
