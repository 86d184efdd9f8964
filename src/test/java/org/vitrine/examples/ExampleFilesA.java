package org.vitrine.examples;

import java.util.List;

import org.vitrine.examples.ExampleModel.ExampleFile;
import org.vitrine.examples.ExampleModel.Format;
import org.vitrine.examples.ExampleModel.Sheet;

/** Example files: the préfecture (central), the région and the département (local). */
final class ExampleFilesA {

    private ExampleFilesA() {
    }

    /** xlsx, two title lines and a blank row above the header, quarters and months as text. */
    static ExampleFile prefecture() {
        String headers = "Référence | Objet | Code CPV | Nature | Montant estimé HT | Date prévisionnelle de lancement"
                + " | Durée (mois) | Procédure | Nombre de lots | Lieu d'exécution | Contact | Couverture du besoin"
                + " | Fournisseurs identifiés | Fin du marché actuel | Renouvellement | Clause sociale"
                + " | Clause environnementale | Degré de certitude";
        String rows = """
ok | SGCD-27-001 | Fournitures de bureau et papeterie pour la préfecture et les sous-préfectures | 30192000-1 | fournitures | #139000 | T2 2027 | 48 | MAPA | #1 | 71 | commande-publique@example-prefecture71.fr | totale | #6 | @2027-06-30 | oui | non | oui | ferme
ok | SGCD-27-002 | Nettoyage des locaux de la cité administrative et des sous-préfectures | 90911200-8 | services | #480000 | juin 2027 | 36 | Appel d'offres ouvert | #3 | 71 | logistique@example-prefecture71.fr | totale | #12 | @2027-08-31 | oui | oui | oui | ferme
ok | SGCD-27-003 | Ordinateurs portables et stations d'accueil pour le télétravail des agents | 30213100-6 | fournitures | #95000 | mars 2027 | 12 | UGAP | | 71 | numerique@example-prefecture71.fr | totale | | | non | non | oui | ferme
ok | SGCD-27-004 | Maintenance préventive et corrective des ascenseurs et monte-charges | 50750000-7 | services | #120000 | T3 2027 | 12 + 3 x 12 | MAPA | #1 | Beaumont-sur-Saône | logistique@example-prefecture71.fr | totale | #4 | @2027-12-31 | oui | non | non | ferme
ok | SGCD-27-005 | Entretien des espaces verts des résidences préfectorales | 77310000-6 | services | #38000 | avril 2027 | 36 | MAPA | #1 | 71 | logistique@example-prefecture71.fr | totale | #5 | | oui | oui | oui | probable
ok | SGCD-27-006 | Prestations de conseil pour la réorganisation de l'accueil des usagers | 79411000-8 | services | #85000 | S1 2027 | 8 | MAPA | | Beaumont-sur-Saône | commande-publique@example-prefecture71.fr | totale | | | non | non | non | probable
ok | SGCD-27-007 | Location longue durée de véhicules légers électriques | 34144900-7 | fournitures | #260000 | T2 2027 | 4 ans | UGAP | | 71 | logistique@example-prefecture71.fr | totale | | @2027-09-30 | oui | non | oui | probable
ok | SGCD-27-008 | Assurance flotte automobile et auto-mission des agents | 66514110-0 | services | #60000 | T3 2027 | 4 ans | MAPA | #2 | 71 | commande-publique@example-prefecture71.fr | totale | #4 | @2027-12-31 | oui | non | non | ferme
ok | SGCD-27-009 | Impression et mise sous pli des documents administratifs | 79810000-5 | services | #45000 | mai 2027 | 24 | MAPA | #1 | Beaumont-sur-Saône | commande-publique@example-prefecture71.fr | totale | | | non | non | oui | ferme
ok | SGCD-27-010 | Gardiennage et sécurité incendie de la cité administrative | 79713000-5 | services | #420000 | T2 2027 | 36 | Appel d'offres ouvert | #2 | Beaumont-sur-Saône | logistique@example-prefecture71.fr | totale | #7 | @2027-10-31 | oui | oui | non | ferme
ok | SGCD-27-011 | Remplacement des menuiseries extérieures de la sous-préfecture de Montrevel | 45421000-4 | travaux | #310000 | T1 2027 | 6 | MAPA | #4 | Montrevel | immobilier@example-prefecture71.fr | totale | | | non | non | oui | ferme
before/launch-before-year | SGCD-27-012 | Maintenance des installations de chauffage, ventilation et climatisation | 50720000-8 | services | #72000 | T4 2026 | 12 + 3 x 12 | MAPA | #1 | 71 | logistique@example-prefecture71.fr | totale | #3 | @2026-12-31 | oui | non | non | ferme
ok | SGCD-27-013 | Petit matériel de bureau et consommables d'impression | 30197000-6 | fournitures | #42000 | T2 2027 | 24 | MAPA | #1 | 71 | commande-publique@example-prefecture71.fr | totale | | | non | non | oui | ferme
ok | SGCD-27-014 | Formation des agents aux premiers secours (PSC1) et aux gestes qui sauvent | 80510000-2 | services | #25000 | 2027 | 36 | MAPA | | 71 | rh-formation@example-prefecture71.fr | totale | | | non | non | non | probable
ok | SGCD-27-015 | Services de téléphonie fixe et mobile | 64200000-8 | services | #150000 | T4 2027 | 48 | marché subséquent | | 71 | numerique@example-prefecture71.fr | totale | | @2027-12-31 | oui | non | non | ferme
ok | SGCD-27-016 | Traduction et interprétariat pour l'accueil des ressortissants étrangers | 79530000-8 | services | #130000 | juillet 2027 | 12 + 3 x 12 | MAPA | #2 | 71 | commande-publique@example-prefecture71.fr | partielle | #2 | | non | non | non | ferme
ok | SGCD-27-017 | Nettoyage des vitres des bâtiments administratifs | 90911300-9 | services | #28000 | T1 2027 | 36 | MAPA | #1 | 71 | logistique@example-prefecture71.fr | totale | #6 | | oui | non | oui | ferme
ok | SGCD-27-018 | Mobilier de bureau pour le réaménagement du pôle accueil | 39130000-2 | fournitures | #55000 | S2 2027 | | UGAP | | Beaumont-sur-Saône | immobilier@example-prefecture71.fr | totale | | | non | non | oui | probable
beyond | SGCD-27-019 | Renouvellement du système de vidéoprotection des sites préfectoraux | 32323500-8 | fournitures | #180000 | T1 2028 | 48 | Appel d'offres ouvert | #2 | 71 | numerique@example-prefecture71.fr | totale | #5 | | non | non | non | envisagé
ok | SGCD-27-020 | Audit énergétique des bâtiments de l'État dans le département | 71314300-5 | services | #65000 | mars 2027 | 10 | MAPA | | 71 | immobilier@example-prefecture71.fr | totale | | | non | non | oui | ferme
ok | SGCD-27-021 | Abonnements à la presse et aux revues juridiques | 22200000-2 | fournitures | #18000 | janvier 2027 | 12 | MAPA | | 71 | commande-publique@example-prefecture71.fr | totale | #2 | @2026-12-31 | oui | non | non | ferme
ok | SGCD-27-022 | Réfection de la toiture de la résidence préfectorale | 45261210-9 | travaux | #240000 | T2 2027 | 5 | MAPA | #3 | Beaumont-sur-Saône | immobilier@example-prefecture71.fr | totale | | | non | oui | oui | ferme
""";
        return new ExampleFile("prefecture-saone-et-brenne", Format.XLSX, List.of(Sheet.of("Programmation 2027",
                List.of("Préfecture de Saône-et-Brenne — SGCD — Programmation prévisionnelle des achats 2027",
                        "Bureau de la commande publique — version du 12/10/2026", ""),
                headers, rows)), "");
    }

    /** xlsx, real date cells, a CPV typed as a number, a Total row with =SUM and a "Notes" sheet. */
    static ExampleFile region() {
        String headers = "Réf. interne | Intitulé | Description | CPV | CPV secondaires | Catégorie | Montant (€ HT)"
                + " | Base du montant | Allotissement | Lancement | Date de notification | Début d'exécution"
                + " | Durée du marché | Type de procédure | Département | Interlocuteur | Couverture marché"
                + " | Nb fournisseurs | Échéance marché en cours | Achat innovant | Marché réservé"
                + " | Clause d'insertion | Clause environnementale | Confidentialité | Statut du projet | Lien consultation";
        String rows = """
ok | RBV-2027-01 | Rénovation énergétique du lycée Gustave-Eiffel (marché global de performance) | Isolation par l'extérieur, menuiseries, CVC et GTB en site occupé ; engagement de performance sur 5 ans | 45453000-7 | 45321000-3 ; 45331000-6 | travaux | #6200000 | total | #1 | @2027-03-15 | @2027-07-15 | @2027-09-01 | 30 | Appel d'offres ouvert | 71 | patrimoine.lycees@example-region-bv.fr | totale | #8 | | non | non | oui | oui | | ferme |
ok/cpv-number-cell | RBV-2027-02 | Fourniture d'électricité des lycées et des sites régionaux | Accord-cadre en 2 lots (sites C4 et C5) | #9310000 | | fournitures | #3400000 | total | #2 | @2027-09-06 | @2027-11-30 | @2028-01-01 | 36 | Accord-cadre (AOO) | 71, 58 | commande.publique@example-region-bv.fr | totale | #5 | @2027-12-31 | non | non | non | oui | | ferme |
ok | RBV-2027-03 | Ordinateurs portables et tablettes pour les lycéens (dispositif « lycée numérique ») | Équipement des élèves de seconde, garantie 4 ans | 30213000-5 | 30213100-6 | fournitures | #2800000 | total | #3 | @2027-03-01 | @2027-06-15 | @2027-08-20 | 24 | Accord-cadre (AOO) | 71, 58 | numerique.educatif@example-region-bv.fr | totale | #10 | @2027-07-31 | non | non | non | oui | | ferme |
ok | RBV-2027-04 | Fournitures de bureau des services du siège et des antennes territoriales | | 30192000-1 | 30197000-6 | fournitures | #160000 | total | #2 | @2027-04-12 | @2027-06-30 | @2027-07-01 | 48 | MAPA | 71 | commande.publique@example-region-bv.fr | totale | #7 | @2027-06-30 | non | non | non | oui | | ferme |
ok | RBV-2027-05 | Transport scolaire des élèves en situation de handicap | Circuits adaptés, véhicules de moins de 9 places, accompagnement | 60130000-8 | | services | #1450000 | annuel | #12 | @2027-02-08 | @2027-05-31 | @2027-09-01 | 12 + 3 x 12 | Appel d'offres ouvert | 71, 58 | transports.scolaires@example-region-bv.fr | totale | #14 | @2027-08-31 | non | non | oui | oui | | ferme |
ok | RBV-2027-06 | Gestion du restaurant administratif du siège | Préparation et service des repas, environ 450 couverts par jour | 55300000-3 | 55321000-6 | services | #720000 | total | #1 | @2027-05-17 | @2027-09-15 | @2028-01-01 | 48 | MAPA | 71 | commande.publique@example-region-bv.fr | totale | #4 | @2027-12-31 | non | non | oui | oui | | probable |
ok | RBV-2027-07 | Conseil en stratégie pour le schéma régional de développement économique (SRDEII) | | 79411000-8 | | services | #215000 | total | #1 | @2027-05-03 | @2027-07-30 | @2027-09-01 | 10 | MAPA | 71 | economie@example-region-bv.fr | totale | #6 | | non | non | non | non | | ferme |
ok | RBV-2027-08 | Formation des agents des lycées à l'hygiène alimentaire (HACCP) | | 80510000-2 | | services | #48000 | total | | @2027-06-01 | | | 36 | MAPA | 71 | formation@example-region-bv.fr | totale | | | non | non | non | non | | ferme |
ok | RBV-2027-09 | Entretien des espaces verts des lycées du secteur nord | Tonte, taille, désherbage sans produits phytosanitaires | 77310000-6 | 77313000-7 | services | #185000 | total | #1 | @2027-01-25 | @2027-03-31 | @2027-04-01 | 36 | MAPA | 71 | patrimoine.lycees@example-region-bv.fr | totale | #5 | @2027-03-31 | non | SIAE | oui | oui | | ferme |
ok | RBV-2027-10 | Restructuration de l'internat du lycée agricole de Montrevel | 120 places, mise aux normes incendie | 45453000-7 | | travaux | #3900000 | total | #11 | @2027-10-04 | @2028-01-31 | @2028-03-01 | 18 | Appel d'offres ouvert | Montrevel (71) | patrimoine.lycees@example-region-bv.fr | totale | | | non | non | oui | oui | | probable |
ok | RBV-2027-11 | Maîtrise d'œuvre pour la construction d'un gymnase au lycée Simone-Veil | | 71240000-2 | | services | #540000 | total | #1 | @2027-01-18 | @2027-06-30 | @2027-07-01 | 36 | Procédure avec négociation | 71 | patrimoine.lycees@example-region-bv.fr | totale | #9 | | non | non | non | oui | | ferme | https://marches.example-region-bv.fr/consultation/2027-011
ok | RBV-2027-12 | Licences et maintenance du logiciel de gestion financière | Éditeur unique ; migration vers la version SaaS | 48000000-8 | 72267000-4 | | #380000 | total | #1 | @2027-06-14 | @2027-09-30 | @2028-01-01 | 48 | Marché négocié sans publicité | 71 | finances@example-region-bv.fr | partielle | #1 | @2027-12-31 | non | non | non | non | | ferme |
ok | RBV-2027-13 | Impression des supports de communication et du magazine régional | | 79810000-5 | 22462000-6 | services | #290000 | total | #4 | @2027-04-05 | @2027-07-01 | @2027-07-15 | 4 ans | Accord-cadre (AOO) | 71 | communication@example-region-bv.fr | totale | #12 | @2027-07-14 | non | non | oui | oui | | ferme |
ok | RBV-2027-14 | Nettoyage des locaux du siège de la Région | Bureaux, salles de réunion et hémicycle | 90919200-4 | 90911300-9 | services | #350000 | total | #2 | @2027-02-01 | @2027-05-15 | @2027-06-01 | 36 | Appel d'offres ouvert | 71 | commande.publique@example-region-bv.fr | totale | #10 | @2027-05-31 | non | non | oui | oui | | ferme |
hidden | RBV-2027-15 | CONFIDENTIEL-TEST Étude de programmation pour le regroupement des services sur un nouveau site | Hypothèse non arbitrée | 71240000-2 | | services | #180000 | total | #1 | @2027-05-17 | | | 8 | MAPA | 71 | commande.publique@example-region-bv.fr | | | | non | non | non | non | confidentiel | envisagé |
ok | RBV-2027-16 | Acquisition de cars scolaires à faibles émissions (bioGNV) | | 34121000-1 | | fournitures | #4200000 | total | #2 | @2027-09-20 | @2028-01-15 | | | Appel d'offres ouvert | 71, 58 | transports.scolaires@example-region-bv.fr | 60 % | #3 | | oui | non | non | oui | | probable |
reject/missing-title | RBV-2027-17 | | | 50700000-2 | | services | #90000 | total | #1 | @2027-03-22 | | | 36 | MAPA | 71 | patrimoine.lycees@example-region-bv.fr | | | | non | non | non | non | | ferme |
ok | RBV-2027-18 | Maintenance des systèmes de sécurité incendie des lycées | | 50710000-5 | | services | #260000 | total | #4 | @2027-03-22 | @2027-06-30 | @2027-07-01 | 12 + 3 x 12 | Accord-cadre (AOO) | 71, 58 | patrimoine.lycees@example-region-bv.fr | totale | #6 | @2027-06-30 | non | non | non | non | | ferme |
ok | RBV-2027-19 | Ressources pédagogiques numériques pour les lycées | Manuels numériques et licences d'accès | 48190000-6 | 22113000-5 | fournitures | #900000 | annuel | #6 | @2027-01-25 | @2027-05-15 | @2027-07-01 | 12 + 2 x 12 | Accord-cadre (AOO) | 71, 58 | numerique.educatif@example-region-bv.fr | totale | #8 | @2027-06-30 | non | non | non | non | | ferme |
ok | RBV-2027-20 | Assurance dommages aux biens du patrimoine régional | | 66515200-5 | | services | #420000 | total | #1 | @2027-05-10 | @2027-10-15 | @2028-01-01 | 60 | Appel d'offres ouvert | 71, 58 | commande.publique@example-region-bv.fr | totale | #3 | @2027-12-31 | non | non | non | non | | ferme |
ok | RBV-2027-21 | Organisation du salon régional de l'orientation et des métiers | | 79952000-2 | | services | #210000 | total | #1 | @2027-02-15 | @2027-05-15 | | 12 | MAPA | Beaumont-sur-Saône (71) | orientation@example-region-bv.fr | totale | #5 | | non | non | non | oui | | ferme |
ok | RBV-2027-22 | Étude d'opportunité sur l'hydrogène vert pour les transports régionaux | | 71314300-5 | | services | #120000 | total | | @2027-07-05 | | | 9 | MAPA | 71, 58 | transition@example-region-bv.fr | totale | | | oui | non | non | oui | | probable |
ok | RBV-2027-23 | Construction d'un lycée neuf à Sainte-Aure — travaux | Lycée de 1 200 élèves, 14 lots | 45214220-8 | | travaux | #28000000 | total | #14 | @2027-11-08 | @2028-04-30 | @2028-06-01 | 30 | Appel d'offres ouvert | Sainte-Aure (71) | patrimoine.lycees@example-region-bv.fr | totale | | | non | non | oui | oui | | probable |
ok | RBV-2027-24 | Mobilier des salles de classe et des internats des lycées | | 39160000-1 | 39130000-2 | fournitures | #750000 | total | #5 | @2027-04-19 | @2027-07-15 | | 48 | Accord-cadre (AOO) | 71, 58 | patrimoine.lycees@example-region-bv.fr | totale | #9 | @2027-07-31 | non | non | non | oui | | ferme |
ok | RBV-2027-25 | Accompagnement à la conduite du changement du projet de dématérialisation | | 79410000-1 | | services | #95000 | total | #1 | @2027-03-08 | @2027-05-31 | | 12 | MAPA | 71 | commande.publique@example-region-bv.fr | totale | | | non | non | non | non | | ferme |
ok | RBV-2027-26 | Collecte et traitement des déchets des lycées | Déchets non dangereux et biodéchets | 90511000-2 | 90500000-2 | services | #310000 | total | #3 | @2027-11-08 | @2028-02-28 | @2028-03-01 | 48 | Appel d'offres ouvert | 71, 58 | patrimoine.lycees@example-region-bv.fr | totale | #4 | @2028-02-29 | non | non | oui | oui | | ferme |
total | TOTAL | | | | | | =SUM | | | | | | | | | | | | | | | | | | |
""";
        return new ExampleFile("region-bourgogne-vallees", Format.XLSX, List.of(
                Sheet.of("Besoins 2027", List.of(), headers, rows),
                ExampleData.notesSheet(
                        "Document de travail de la direction de la commande publique — version du 14/10/2026.",
                        "Les montants sont des estimations hors taxes, sur la durée totale sauf mention « annuel ».",
                        "Les lignes en attente d'arbitrage budgétaire sont marquées « probable » ou « envisagé ».",
                        "Ne pas diffuser les lignes marquées confidentiel.")), "");
    }

    /** ods, date cells and texts mixed, a dotted CPV, LibreOffice's padding rows at the end. */
    static ExampleFile departement() {
        String headers = "N° interne | Objet du marché | Code CPV | Nature du marché | Estimation | Publication prévue"
                + " | Durée | Procédure envisagée | Lots | Lieu | Courriel | Couverture | Nombre de fournisseurs"
                + " | Réservé | Clause sociale | Clause environnementale | Diffusion | Certitude";
        String rows = """
ok | CD-27-01 | Travaux d'entretien et de renforcement des routes départementales — secteur Est | 45233141-9 | travaux | 1,2 M€ | @2027-02-15 | 12 + 3 x 12 | Accord-cadre (AOO) | #4 | Morvan-Sud, secteur Est | routes@example-morvan-sud.fr | totale | #9 | non | oui | oui | | ferme
ok/personal-contact | CD-27-02 | Revêtement de chaussées (enduits superficiels d'usure) | 45233252-0 | travaux | #2400000 | mars 2027 | 48 | Accord-cadre (AOO) | #3 | 71 | Sophie Bernard (service des routes) sophie.bernard@example-morvan-sud.fr | totale | #6 | non | oui | oui | | ferme
ok | CD-27-03 | Fourniture de gaz naturel des collèges et des bâtiments départementaux | 09123000-7 | fournitures | #1900000 | @2027-09-13 | 36 | Appel d'offres ouvert | #2 | 71 | achats@example-morvan-sud.fr | totale | #5 | non | non | oui | | ferme
ok | CD-27-04 | Restauration scolaire de 12 collèges (repas en liaison froide) | 55523100-3 | services | #3200000 | 2e trimestre 2027 | 4 ans | Appel d'offres ouvert | #12 | 71 | colleges@example-morvan-sud.fr | totale | #6 | non | oui | oui | | ferme
ok | CD-27-05 | Transport des élèves et étudiants en situation de handicap | 60130000-8 | services | #2600000 | T1 2027 | 12 + 3 x 12 | AOO | #18 | 71 | transports@example-morvan-sud.fr | totale | #15 | non | non | oui | | ferme
ok | CD-27-06 | Fournitures de bureau et papier pour les services départementaux | 30192000-1 | fournitures | 180 000 € | @2027-04-20 | 48 | Accord-cadre (AOO) | #2 | 71 | achats@example-morvan-sud.fr | totale | #8 | non | non | oui | | ferme
ok | CD-27-07 | Ordinateurs portables pour les collèges et les travailleurs sociaux | 30.21.31.00-6 | fournitures | #650000 | 03/2027 | 24 | UGAP | | 71 | numerique@example-morvan-sud.fr | totale | | non | non | oui | | ferme
reject/unknown-cpv | CD-27-08 | Fauchage et débroussaillage des dépendances vertes routières | 77312500 | services | #330000 | avril 2027 | 48 | Accord-cadre (AOO) | #5 | 71 | routes@example-morvan-sud.fr | totale | #7 | non | oui | oui | | ferme
ok | CD-27-09 | Nettoyage des collèges : vitrerie et remise en état estivale | 90911200-8 | services | #230000 | T1 2027 | 36 | AOO | #2 | 71 | colleges@example-morvan-sud.fr | totale | #9 | non | oui | oui | | ferme
ok | CD-27-10 | Assurance responsabilité civile et protection juridique | 66516000-0 | services | 45 k€ | @2027-06-01 | 5 ans | MAPA | #2 | 71 | achats@example-morvan-sud.fr | totale | #3 | non | non | non | | ferme
ok/warn-malformed-email | CD-27-11 | Véhicules utilitaires pour les centres d'exploitation routiers | 34136000-9 | fournitures | #420000 | T2 2027 | | UGAP | | 71 | marie.dupont@ | totale | | non | non | oui | | ferme
ok | CD-27-12 | Accompagnement social lié au logement (ASLL) | 85312000-9 | services | #600000 | T3 2027 | 36 | MAPA | #4 | 71 | solidarites@example-morvan-sud.fr | totale | #6 | oui | non | non | | ferme
ok | CD-27-13 | Rénovation énergétique du gymnase du collège Jean-Moulin | 45453000-7 | travaux | #1350000 | mai 2027 | 10 | MAPA | #7 | Vézelières | colleges@example-morvan-sud.fr | totale | | non | oui | oui | | ferme
ok | CD-27-14 | Fourniture de sel de déneigement | 34927100-2 | fournitures | #280000 | @2027-06-07 | 12 + 3 x 12 | Accord-cadre (AOO) | #1 | 71 | routes@example-morvan-sud.fr | partielle | #2 | non | non | non | | ferme
ok | CD-27-15 | Maintenance des ascenseurs des collèges et des bâtiments départementaux | 50750000-7 | services | #160000 | T3 2027 | 4 ans | MAPA | #1 | 71 | achats@example-morvan-sud.fr | totale | #4 | non | non | non | | ferme
ok | CD-27-16 | Accompagnement vers l'emploi des bénéficiaires du RSA | 79611000-0 | services | #450000 | S1 2027 | 36 | MAPA | #3 | 71 | insertion@example-morvan-sud.fr | totale | #5 | ESS | oui | non | | ferme
ok | CD-27-17 | Produits d'entretien et d'hygiène pour les collèges | 39830000-9 | fournitures | #120000 | T2 2027 | 48 | MAPA | #1 | 71 | colleges@example-morvan-sud.fr | totale | #6 | EA/ESAT | non | oui | | ferme
ok | CD-27-18 | Formation des assistants familiaux | 80500000-9 | services | #75000 | S2 2027 | 36 | MAPA | #1 | 71 | solidarites@example-morvan-sud.fr | totale | | non | non | non | | probable
ok | CD-27-19 | Étude de faisabilité d'une voie verte sur l'ancienne voie ferrée | 71240000-2 | services | #90000 | S1 2027 | 8 | MAPA | #1 | Vézelières, Sainte-Aure | routes@example-morvan-sud.fr | totale | | non | non | oui | | probable
ok | CD-27-20 | Construction du centre d'exploitation routier de Vézelières | 45213310-9 | travaux | #2100000 | novembre 2027 | 14 | MAPA | #9 | Vézelières | routes@example-morvan-sud.fr | totale | | non | oui | oui | | envisagé
ok | CD-27-21 | Impression du magazine départemental | 79810000-5 | services | #130000 | @2027-05-10 | 4 ans | Accord-cadre (AOO) | #1 | 71 | communication@example-morvan-sud.fr | totale | #7 | non | non | oui | | ferme
ok | CD-27-22 | Fourniture de fioul domestique pour les centres d'exploitation | 09135100-5 | fournitures | #240000 | T2 2027 | 12 + 3 x 12 | AOO | #1 | 71 | routes@example-morvan-sud.fr | totale | #4 | non | non | non | | ferme
""";
        return new ExampleFile("departement-morvan-sud", Format.ODS, List.of(
                Sheet.of("Programmation", List.of(), headers, rows).padded()), "");
    }
}
