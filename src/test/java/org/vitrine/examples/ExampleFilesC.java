package org.vitrine.examples;

import java.util.List;

import org.vitrine.examples.ExampleModel.ExampleFile;
import org.vitrine.examples.ExampleModel.Format;
import org.vitrine.examples.ExampleModel.Sheet;

/** Example files: university (local), water syndicate and transport operator (utility), defence base, shared file. */
final class ExampleFilesC {

    private ExampleFilesC() {
    }

    /** ods, two title lines and a blank row, half-years, a year as a number, an impossible date. */
    static ExampleFile universite() {
        String headers = "Référence | Intitulé | CPV | Nature | Montant estimé | Date de lancement | Durée | Procédure"
                + " | Allotissement | Lieu | Contact | Couverture | Fournisseurs identifiés | Achat innovant";
        String rows = """
ok | USB-27-01 | Fournitures de bureau  et papier pour les composantes | 30192000-1 | fournitures | #120000 | T2 2027 | 48 | Accord-cadre (AOO) | #2 | Beaumont-sur-Saône, Montrevel | achats@example-univ-sb.fr | totale | #8 | non
ok | USB-27-02 | Ordinateurs de bureau pour les salles d'enseignement | 30213300-8 | fournitures | #390000 | S1 2027 | 24 | marché subséquent | | Beaumont-sur-Saône | dsi@example-univ-sb.fr | totale | | non
ok | USB-27-03 | Nettoyage des locaux des campus | 90911200-8 | services | #1250000 | @2027-02-15 | 48 | Appel d'offres ouvert | #4 | Beaumont-sur-Saône, Montrevel | patrimoine@example-univ-sb.fr | totale | #9 | non
ok | USB-27-04 | Analyseurs et petits équipements pour la plateforme de recherche en chimie | 38434000-6 | fournitures | #520000 | 2e trimestre 2027 | | Appel d'offres ouvert | #5 | Beaumont-sur-Saône | recherche.achats@example-univ-sb.fr | 60 % | #2 | oui
ok | USB-27-05 | Abonnements aux revues scientifiques électroniques | 22200000-2 | fournitures | #1600000 | S2 2027 | 36 | Marché négocié sans publicité | #12 | | bibliotheques@example-univ-sb.fr | partielle | #1 | non
reject/impossible-date | USB-27-06 | Maintenance des équipements de visioconférence des amphithéâtres | 50340000-0 | services | #85000 | 31/02/2027 | 36 | MAPA | #1 | Beaumont-sur-Saône | dsi@example-univ-sb.fr | totale | #4 | non
ok | USB-27-07 | Licences de logiciels scientifiques (calcul, statistiques) | 48000000-8 | fournitures | #310000 | janvier 2027 | 36 | Procédure avec négociation | #3 | | dsi@example-univ-sb.fr | totale | #3 | non
ok | USB-27-08 | Mise en accessibilité de la bibliothèque universitaire | 45453000-7 | travaux | #780000 | @2027-05-03 | 10 | MAPA | #5 | Beaumont-sur-Saône | patrimoine@example-univ-sb.fr | totale | | non
ok | USB-27-09 | Restauration et traiteur pour les colloques et événements | 55520000-1 | services | 40 000 - 90 000 | S1 2027 | 48 | MAPA | #2 | Beaumont-sur-Saône, Montrevel | achats@example-univ-sb.fr | totale | #10 | non
ok | USB-27-10 | Livres et documents pour les bibliothèques | 22113000-5 | fournitures | #650000 | T3 2027 | 48 | Accord-cadre (AOO) | #10 | | bibliotheques@example-univ-sb.fr | totale | #6 | non
ok | USB-27-11 | Fourniture de gaz naturel des campus | 09123000-7 | fournitures | #880000 | @2027-09-06 | 36 | Appel d'offres ouvert | #2 | Beaumont-sur-Saône, Montrevel | patrimoine@example-univ-sb.fr | totale | #5 | non
ok | USB-27-12 | Formation des personnels à l'anglais professionnel | 80500000-9 | services | #75000 | #2027 | 24 | MAPA | #1 | | formation@example-univ-sb.fr | totale | | non
ok | USB-27-13 | Sécurité et gardiennage des campus | 79713000-5 | services | #460000 | T2 2027 | 48 | Appel d'offres ouvert | #2 | Beaumont-sur-Saône, Montrevel | patrimoine@example-univ-sb.fr | totale | #6 | non
ok | USB-27-14 | Mobilier pour le nouveau learning center | 39160000-1 | fournitures | #240000 | T2 2027 | | Appel d'offres ouvert | #3 | Beaumont-sur-Saône | achats@example-univ-sb.fr | totale | #8 | non
ok | USB-27-15 | Outil d'intelligence artificielle pour l'orientation des étudiants | 72000000-5 | services | #180000 | S2 2027 | 24 | Partenariat d'innovation | #1 | | dsi@example-univ-sb.fr | inconnue | | oui
ok | USB-27-16 | Maintenance des ascenseurs des campus | 50750000-7 | services | #180000 | T4 2027 | 12 + 3 x 12 | MAPA | #1 | Beaumont-sur-Saône, Montrevel | patrimoine@example-univ-sb.fr | totale | #4 | non
beyond | USB-27-17 | Réhabilitation thermique du bâtiment de chimie | 45453000-7 | travaux | #4200000 | 2028 | 20 | Appel d'offres ouvert | #8 | Beaumont-sur-Saône | patrimoine@example-univ-sb.fr | totale | | non
ok | USB-27-18 | Impression des diplômes et des supports de communication | 79810000-5 | services | #70000 | mars 2027 | 36 | MAPA | #2 | | communication@example-univ-sb.fr | totale | #7 | non
""";
        return new ExampleFile("universite-saone-bourgogne", Format.ODS, List.of(Sheet.of("Prévisions",
                List.of("Université Saône-Bourgogne — Direction des achats et des marchés",
                        "Prévisions d'achats 2027 (document provisoire)", ""), headers, rows)), "");
    }

    /** csv in Windows-1252 with ';' (an old Excel export): €, œ and ’ are single bytes. */
    static ExampleFile syndicatEaux() {
        String headers = "Réf. | Objet | Code CPV | Montant estimé (€ HT) | Date de lancement | Durée | Procédure | Lots"
                + " | Lieu d'exécution | Contact | Couverture marché | Nb fournisseurs | Échéance marché en cours";
        String rows = """
ok | SIEVS-27-01 | Renouvellement des canalisations d'eau potable — programme 2027 | 45232150-8 | 2 800 000 € | T1 2027 | 12 + 3 x 12 | Accord-cadre (AOO) | 3 | Communes du syndicat (71) | travaux@example-sievs.fr | totale | 7 | 31/03/2027
ok | SIEVS-27-02 | Compteurs d'eau à radio-relève | 38421100-3 | 650 000 € | mars 2027 | 48 | Appel d'offres ouvert | 1 | Communes du syndicat (71) | marches@example-sievs.fr | partielle | 2 |
ok | SIEVS-27-03 | Réactifs de traitement de l'eau (chlorure ferrique, chlore gazeux) | 24311000-7 | 430 000 € | T2 2027 | 36 | MAPA | 3 | Usine de Beaumont | exploitation@example-sievs.fr | totale | 4 | 30/06/2027
ok/warn-duration-unreadable | SIEVS-27-04 | Exploitation et maintenance de la station de traitement des eaux usées de Beaumont | 90481000-2 | 1,2 M€ | T2 2027 | voir CCAP | Procédure avec négociation | 1 | Beaumont-sur-Saône | exploitation@example-sievs.fr | totale | 3 | 31/12/2027
ok | SIEVS-27-05 | Fourniture d'électricité des stations de pompage et de l'usine | 09310000-5 | 1 600 000 € | septembre 2027 | 36 | Appel d'offres ouvert | 2 | Communes du syndicat (71) | marches@example-sievs.fr | totale | 5 | 31/12/2027
ok | SIEVS-27-06 | Pompes et pièces détachées pour les postes de relevage | 42122000 | 180 000 € | T2 2027 | 48 | MAPA | 2 | Communes du syndicat (71) | exploitation@example-sievs.fr | totale | 5 |
ok | SIEVS-27-07 | Analyses de la qualité de l'eau (autocontrôle) | 71900000-7 | 210 000 € | S1 2027 | 48 | MAPA | 1 | Communes du syndicat (71) | exploitation@example-sievs.fr | totale | 4 | 30/06/2027
ok | SIEVS-27-08 | Curage et inspection télévisée des réseaux d'assainissement | 90470000-2 | 320 000 € | T3 2027 | 48 | MAPA | 2 | Communes du syndicat (71) | travaux@example-sievs.fr | totale | 6 |
ok | SIEVS-27-09 | Logiciel de facturation et de gestion de la relation abonnés | 48000000-8 | 240 000 € | avril 2027 | 60 | Procédure avec négociation | 1 | | marches@example-sievs.fr | partielle | 1 | 31/12/2027
ok | SIEVS-27-10 | Nettoyage des locaux administratifs et des usines | 90911200-8 | 45 k€ | T1 2027 | 36 | MAPA | 1 | Beaumont-sur-Saône | marches@example-sievs.fr | totale | 6 | 31/03/2027
ok | SIEVS-27-11 | Location de fourgons d'intervention | 34136000-9 | 150 000 € | T4 2027 | 48 | MAPA | 1 | | exploitation@example-sievs.fr | totale | 4 |
ok | SIEVS-27-12 | Assurance flotte automobile et responsabilité civile | 66510000-8 | 90 000 € | juin 2027 | 48 | MAPA | 2 | | marches@example-sievs.fr | totale | 3 | 31/12/2027
ok | SIEVS-27-13 | Réhabilitation du château d'eau de Sainte-Aure | 45247270-3 | 1 900 000 € | mai 2027 | 12 | Procédure avec négociation | 4 | Sainte-Aure | travaux@example-sievs.fr | totale | |
beyond | SIEVS-27-14 | Construction d'une unité de traitement des nitrates | 45252120-5 | > 1 M€ | 2e trimestre 2028 | 24 | Dialogue compétitif | 1 | Vézelières | travaux@example-sievs.fr | totale | |
ok | SIEVS-27-15 | Maîtrise d’œuvre du schéma directeur d'alimentation en eau potable | 71240000-2 | 120 000 € | S1 2027 | 18 | MAPA | 1 | Communes du syndicat (71) | travaux@example-sievs.fr | totale | 5 |
""";
        return new ExampleFile("syndicat-eaux-val-de-saone", Format.CSV_CP1252, List.of(
                Sheet.of("syndicat-eaux-val-de-saone", List.of(), headers, rows)), "");
    }

    /** xlsx with English headers and English values (quarters Q, halves H, full/partial, firm/likely). */
    static ExampleFile transports() {
        String headers = "Reference | Title | Description | Main CPV | Contract type | Estimated value | Amount basis"
                + " | Planned launch | Planned award | Duration (months) | Procedure | Number of lots"
                + " | Place of performance | E-mail | Market coverage | Known suppliers | Firmness";
        String rows = """
ok | TVS-27-01 | Acquisition d'autobus électriques à plancher surbaissé (12 m) | Tranche ferme de 20 bus, tranches optionnelles de 10 bus | 34121400-5 | supplies | #9600000 | total | Q2 2027 | @2027-12-15 | 60 | AOO | #1 | Réseau TVS | achats@example-tvs.fr | partial | #3 | firm
ok | TVS-27-02 | Maintenance des autobus et autocars du dépôt de Montrevel | | 50113000-0 | services | #1400000 | total | H1 2027 | | 48 | AOR | #2 | Montrevel | achats@example-tvs.fr | full | #4 | firm
ok | TVS-27-03 | Fourniture de gazole et d'AdBlue | | 09134200-9 | supplies | #3100000 | total | Q3 2027 | | 36 | AOO | #2 | Réseau TVS | achats@example-tvs.fr | full | #4 | firm
ok | TVS-27-04 | Pneumatiques pour autobus (location et entretien au kilomètre) | | 34350000-5 | supplies | #560000 | total | Q2 2027 | | 48 | AOO | #1 | Réseau TVS | achats@example-tvs.fr | partial | #2 | likely
ok | TVS-27-05 | Nettoyage des véhicules et des stations du réseau | | 90910000-9 | services | #820000 | total | Q1 2027 | | 48 | AOO | #2 | Réseau TVS | achats@example-tvs.fr | full | #7 | firm
ok | TVS-27-06 | Système billettique sans contact et validation par carte bancaire | Paiement ouvert, application mobile, valideurs embarqués | 30144400-4 | supplies | #2500000 | total | Q4 2027 | | 60 | Procédure avec négociation | #1 | Réseau TVS | billettique@example-tvs.fr | partial | #3 | likely
ok | TVS-27-07 | Ordinateurs portables pour les agents de contrôle et d'exploitation | | 30213100-6 | supplies | #85000 | total | @2027-03-08 | | 36 | MAPA | #1 | | achats@example-tvs.fr | full | | firm
ok | TVS-27-08 | Sûreté et gardiennage des dépôts | | 79713000-5 | services | #640000 | total | Q2 2027 | | 36 | AOO | #2 | Beaumont-sur-Saône, Montrevel | achats@example-tvs.fr | full | #5 | firm
ok | TVS-27-09 | Fourniture d'électricité pour la recharge des bus électriques | | 09310000-5 | supplies | #2200000 | total | @2027-09-15 | | 36 | AOO | #1 | Beaumont-sur-Saône | achats@example-tvs.fr | full | #4 | firm
ok | TVS-27-10 | Impression des plans et fiches horaires du réseau | | 79810000-5 | services | 45 k€ | total | H2 2027 | | 24 | MAPA | #1 | | communication@example-tvs.fr | full | | firm
ok | TVS-27-11 | Étude de restructuration du réseau de bus urbain | | 79311000-7 | services | #260000 | total | #2027 | | 12 | MAPA | #1 | Métropole du Val-de-Saône | achats@example-tvs.fr | full | | tentative
ok | TVS-27-12 | Vêtements de travail et uniformes des conducteurs | | 18110000-3 | supplies | #380000 | total | Q1 2027 | | 48 | AOO | #2 | | achats@example-tvs.fr | full | #5 | firm
ok | TVS-27-13 | Aménagement du pôle d'échanges de la gare de Beaumont | Quais bus, abris, signalétique | 45213310-9 | works | > 1 M€ | total | Q4 2027 | | 14 | Procédure avec négociation | #6 | Beaumont-sur-Saône | travaux@example-tvs.fr | full | | likely
ok | TVS-27-14 | Transport à la demande (exploitation sous-traitée) | | 60112000-6 | services | #1900000 | annual | Q3 2027 | | 60 | AOO | #3 | Métropole du Val-de-Saône | achats@example-tvs.fr | full | #4 | firm
ok | TVS-27-15 | Acquisition de bus à hydrogène (expérimentation) | | 34121000-1 | supplies | #4800000 | total | Q4 2027 | | | Dialogue compétitif | #1 | Réseau TVS | achats@example-tvs.fr | partial | #2 | tentative
ok | TVS-27-16 | Assurance de la flotte des véhicules du réseau | | 66514110-0 | services | #720000 | total | Q4 2027 | | 48 | AOO | #1 | | achats@example-tvs.fr | full | #3 | firm
""";
        return new ExampleFile("transports-val-de-saone", Format.XLSX, List.of(
                Sheet.of("Procurement plan 2027", List.of(), headers, rows)), "");
    }

    /** Legacy xls (BIFF8), a title and a subtitle above the header, date cells, a procedure nobody knows. */
    static ExampleFile gsbdd() {
        String headers = "Référence | Objet | Code CPV | Nature | Montant estimé HT | Date prévisionnelle de lancement"
                + " | Durée (mois) | Procédure | Nombre de lots | Lieu d'exécution | Contact | Fournisseurs identifiés"
                + " | Clause sociale | Diffusion | Degré de certitude";
        String rows = """
ok | GSBDD-27-01 | Restauration collective du quartier Général-Delestraint | 55321000-6 | services | #2400000 | @2027-03-01 | 48 | Appel d'offres ouvert | #2 | Beaumont-sur-Saône | gsbdd-beaumont.achats@example-defense-beaumont.fr | #6 | oui | | ferme
ok | GSBDD-27-02 | Nettoyage des locaux de travail et des bâtiments d'hébergement | 90911200-8 | services | #860000 | @2027-02-01 | 48 | Appel d'offres ouvert | #3 | Beaumont-sur-Saône, Vézelières | gsbdd-beaumont.achats@example-defense-beaumont.fr | #8 | oui | | ferme
ok | GSBDD-27-03 | Entretien des espaces verts et des terrains d'entraînement | 77310000-6 | services | #310000 | @2027-04-01 | 36 | MAPA | #2 | Vézelières | gsbdd-beaumont.achats@example-defense-beaumont.fr | #5 | oui | | ferme
ok | GSBDD-27-04 | Fournitures de bureau pour les unités soutenues | 30192000-1 | fournitures | #95000 | @2027-04-15 | 24 | UGAP | | Beaumont-sur-Saône | gsbdd-beaumont.achats@example-defense-beaumont.fr | | non | | ferme
hidden | GSBDD-27-05 | CONFIDENTIEL-TEST Maintenance des systèmes de détection d'intrusion du dépôt de munitions | 50610000-4 | services | #650000 | T2 2027 | 48 | Procédure avec négociation | #1 | | gsbdd-beaumont.achats@example-defense-beaumont.fr | | non | confidentiel | ferme
hidden | GSBDD-27-06 | CONFIDENTIEL-TEST Acquisition de matériels de transmission sécurisés | 32500000-8 | fournitures | #1200000 | S1 2027 | | Procédure avec négociation | #1 | | gsbdd-beaumont.achats@example-defense-beaumont.fr | | non | confidentiel | probable
ok/other-procedure | GSBDD-27-07 | Maintenance des véhicules de la gamme commerciale | 50110000-9 | services | #420000 | T2 2027 | 48 | Procédure spécifique (note DAJ 2026-14) | #2 | Beaumont-sur-Saône | gsbdd-beaumont.achats@example-defense-beaumont.fr | #4 | non | | ferme
ok | GSBDD-27-08 | Location de véhicules de la gamme commerciale (courte durée) | 34110000-1 | fournitures | #180000 | T3 2027 | 36 | marché subséquent | | Beaumont-sur-Saône | gsbdd-beaumont.achats@example-defense-beaumont.fr | | non | | ferme
ok | GSBDD-27-09 | Vêtements de protection et équipements de sécurité individuels | 35113400-3 | fournitures | #540000 | @2027-05-10 | 48 | Accord-cadre (AOO) | #4 | | gsbdd-beaumont.achats@example-defense-beaumont.fr | #6 | non | | ferme
ok | GSBDD-27-10 | Rénovation des bâtiments d'hébergement (bâtiment 12) | 45453000-7 | travaux | #1800000 | @2027-06-14 | 14 | MAPA | #7 | Beaumont-sur-Saône | gsbdd-beaumont.achats@example-defense-beaumont.fr | | oui | | ferme
ok | GSBDD-27-11 | Fourniture de gazole non routier et de fioul | 09134100-8 | fournitures | #720000 | T1 2027 | 36 | Appel d'offres ouvert | #2 | Beaumont-sur-Saône, Vézelières | gsbdd-beaumont.achats@example-defense-beaumont.fr | #4 | non | | ferme
ok | GSBDD-27-12 | Formation à la conduite des poids lourds (permis C et CE) | 80411200-0 | services | #130000 | S1 2027 | 36 | MAPA | #1 | Vézelières | gsbdd-beaumont.achats@example-defense-beaumont.fr | #4 | non | | ferme
ok | GSBDD-27-13 | Maintenance des installations de chauffage des quartiers | 50720000-8 | services | #380000 | @2027-07-05 | 12 + 3 x 12 | Appel d'offres ouvert | #2 | Beaumont-sur-Saône, Vézelières | gsbdd-beaumont.achats@example-defense-beaumont.fr | #5 | non | | ferme
ok | GSBDD-27-14 | Collecte et traitement des déchets des emprises militaires | 90500000-2 | services | #260000 | T3 2027 | 48 | MAPA | #2 | Beaumont-sur-Saône, Vézelières | gsbdd-beaumont.achats@example-defense-beaumont.fr | #4 | oui | | ferme
beyond | GSBDD-27-15 | Réfection des pistes et voiries du camp de Vézelières | 45233140-2 | travaux | #2600000 | @2028-03-06 | 8 | Appel d'offres ouvert | #3 | Vézelières | gsbdd-beaumont.achats@example-defense-beaumont.fr | | oui | | envisagé
""";
        return new ExampleFile("gsbdd-beaumont", Format.XLS, List.of(Sheet.of("Prévisions 2027",
                List.of("Ministère des Armées — GSBdD de Beaumont — Prévisions d'achats 2027",
                        "Document de travail, mis à jour le 02/10/2026"), headers, rows)), "");
    }

    /** xlsx shared by several buyers (groupements de commandes): the Acheteur column names each one. */
    static ExampleFile groupement() {
        String headers = "Acheteur | Référence | Objet | CPV | Montant estimé | Lancement | Durée | Procédure | Lots"
                + " | Contact | Couverture | Clause environnementale | Groupement | Coordonnateur";
        String rows = """
ok | Métropole du Val-de-Saône | GRP-ELEC-27-MVS | Fourniture d'électricité — groupement de commandes énergie (part de la Métropole, coordonnateur) | 09310000-5 | #4800000 | T3 2027 | 36 | Accord-cadre (AOO) — groupement de commandes | #3 | energie@example-metropole-vds.fr | totale | oui | Groupement énergie 2027 | oui
ok | Mairie de Beaumont | GRP-ELEC-27-VB | Fourniture d'électricité — groupement de commandes énergie (part de la Ville) | 09310000-5 | #1400000 | T3 2027 | 36 | Accord-cadre (AOO) — groupement de commandes | #3 | energie@example-metropole-vds.fr | totale | oui | Groupement énergie 2027 | non
ok | CD Morvan-Sud | GRP-ELEC-27-CD | Fourniture d'électricité — groupement de commandes énergie (part du Département) | 09310000-5 | #2300000 | T3 2027 | 36 | Accord-cadre (AOO) — groupement de commandes | #3 | energie@example-metropole-vds.fr | totale | oui | Groupement énergie 2027 | non
ok | SDIS 71 | GRP-ELEC-27-SDIS | Fourniture d'électricité — groupement de commandes énergie (part du SDIS) | 09310000-5 | #380000 | T3 2027 | 36 | Accord-cadre (AOO) — groupement de commandes | #3 | energie@example-metropole-vds.fr | totale | oui | Groupement énergie 2027 | non
ok | Ville de Beaumont-sur-Saône | GRP-PAP-27-VB | Papier d'impression recyclé — groupement de commandes (part de la Ville) | 30197630-1 | #60000 | avril 2027 | 24 | Accord-cadre (AOO) — groupement de commandes | #1 | achats@example-metropole-vds.fr | totale | oui | Groupement papier 2027 | non
ok | Métropole VDS | GRP-PAP-27-MVS | Papier d'impression recyclé — groupement de commandes (part de la Métropole) | 30197630-1 | #85000 | avril 2027 | 24 | Accord-cadre (AOO) — groupement de commandes | #1 | achats@example-metropole-vds.fr | totale | oui | Groupement papier 2027 | oui
ok | SDIS 71 | GRP-PAP-27-SDIS | Papier d'impression recyclé — groupement de commandes (part du SDIS) | 30197630-1 | #15000 | avril 2027 | 24 | Accord-cadre (AOO) — groupement de commandes | #1 | achats@example-metropole-vds.fr | totale | oui | Groupement papier 2027 | non
ok | USB | GRP-PAP-27-USB | Papier d'impression recyclé — groupement de commandes (part de l'Université) | 30197630-1 | #40000 | avril 2027 | 24 | Accord-cadre (AOO) — groupement de commandes | #1 | achats@example-metropole-vds.fr | totale | oui | Groupement papier 2027 | non
ok | Métropole du Val-de-Saône | GRP-VRP-27-MVS | Vérifications périodiques réglementaires des bâtiments (électricité, gaz, incendie, ascenseurs) — part de la Métropole | 71631000-0 | #210000 | T1 2027 | 48 | Accord-cadre (AOO) — groupement de commandes | #4 | achats@example-metropole-vds.fr | totale | non | Groupement vérifications 2027 | oui
ok | Mairie de Beaumont | GRP-VRP-27-VB | Vérifications périodiques réglementaires des bâtiments (électricité, gaz, incendie, ascenseurs) — part de la Ville | 71631000-0 | #95000 | T1 2027 | 48 | Accord-cadre (AOO) — groupement de commandes | #4 | achats@example-metropole-vds.fr | totale | non | Groupement vérifications 2027 | non
ok | Région Bourgogne-Vallées | GRP-VRP-27-RBV | Vérifications périodiques réglementaires des bâtiments (électricité, gaz, incendie, ascenseurs) — part de la Région | 71631000 | #180000 | T1 2027 | 48 | Accord-cadre (AOO) — groupement de commandes | #4 | achats@example-metropole-vds.fr | totale | non | Groupement vérifications 2027 | non
ok | SDIS 71 | GRP-VRP-27-SDIS | Vérifications périodiques réglementaires des bâtiments (électricité, gaz, incendie, ascenseurs) — part du SDIS | 71631000-0 | #45000 | T1 2027 | 48 | Accord-cadre (AOO) — groupement de commandes | #4 | achats@example-metropole-vds.fr | totale | non | Groupement vérifications 2027 | non
ok | Région Bourgogne-Vallées | GRP-FOR-27-RBV | Formation aux outils bureautiques et collaboratifs — part de la Région | 80533100-0 | #70000 | S2 2027 | 36 | MAPA — groupement de commandes | #2 | formation@example-region-bv.fr | totale | non | Groupement formation bureautique 2027 | oui
ok | CD Morvan-Sud | GRP-FOR-27-CD | Formation aux outils bureautiques et collaboratifs — part du Département | 80533100-0 | #45000 | S2 2027 | 36 | MAPA — groupement de commandes | #2 | formation@example-region-bv.fr | totale | non | Groupement formation bureautique 2027 | non
ok | CHU Beaumont | GRP-FOR-27-CHU | Formation aux outils bureautiques et collaboratifs — part du CHU | 80533100-0 | #30000 | S2 2027 | 36 | MAPA — groupement de commandes | #2 | formation@example-region-bv.fr | totale | non | Groupement formation bureautique 2027 | non
ok | USB | GRP-FOR-27-USB | Formation aux outils bureautiques et collaboratifs — part de l'Université | 80533100-0 | #25000 | S2 2027 | 36 | MAPA — groupement de commandes | #2 | formation@example-region-bv.fr | totale | non | Groupement formation bureautique 2027 | non
""";
        return new ExampleFile("groupement-achats-2027", Format.XLSX, List.of(
                Sheet.of("Groupements 2027", List.of(), headers, rows)), "");
    }
}
