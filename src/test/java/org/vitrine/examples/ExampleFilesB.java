package org.vitrine.examples;

import java.util.List;

import org.vitrine.examples.ExampleModel.ExampleFile;
import org.vitrine.examples.ExampleModel.Format;
import org.vitrine.examples.ExampleModel.Sheet;

/** Example files: the métropole, the city and the university hospital (all local). */
final class ExampleFilesB {

    private ExampleFilesB() {
    }

    /** xlsx, a hidden column, a merged cell, two blank rows in the middle and an exact duplicate row. */
    static ExampleFile metropole() {
        String headers = "Référence | Objet | Descriptif | CPV principal | Montant estimé | Montant annuel ou total"
                + " | Date de lancement | Notification prévue | Durée (mois) | Procédure | Nombre de lots"
                + " | Lieu d'exécution | Contact | Couverture du besoin | Nombre de fournisseurs"
                + " | Échéance du marché actuel | Reconduction d'un marché | Innovation | Clause sociale"
                + " | Clause environnementale | Diffusion | Degré de certitude";
        String rows = """
ok | MVS-27-001 | Collecte des déchets ménagers et assimilés — secteur nord | Collecte en porte-à-porte et points d'apport volontaire, bacs pucés | 90511000-2 | #9800000 | total | T2 2027 | @2027-12-15 | 84 | Appel d'offres ouvert | #2 | Métropole — 28 communes | dechets@example-metropole-vds.fr | totale | #4 | @2028-03-31 | oui | non | oui | oui | | ferme
ok/merged-location | MVS-27-002 | Nettoyage des locaux de l'hôtel de métropole et des équipements sportifs | | 90919200-4 | #540000 | total | T1 2027 | @2027-06-30 | 48 | Appel d'offres ouvert | #4 | ^ | achats@example-metropole-vds.fr | totale | #11 | @2027-06-30 | oui | non | oui | oui | | ferme
ok/merged-location | MVS-27-003 | Entretien et maintenance de l'éclairage public | Environ 42 000 points lumineux | 50232100-1 | #1750000 | total | T1 2027 | @2027-07-15 | 48 | Accord-cadre (AOO) | #3 | ^ | voirie@example-metropole-vds.fr | totale | #5 | @2027-08-31 | oui | non | oui | oui | | ferme
ok | MVS-27-004 | Programme annuel de réfection des chaussées | | 45233140-2 | 3,5 M€ | total | @2027-01-25 | @2027-04-30 | 12 + 3 x 12 | Accord-cadre (AOO) | #6 | Beaumont-sur-Saône et communes de la première couronne | voirie@example-metropole-vds.fr | totale | #8 | @2027-04-30 | oui | non | oui | oui | | ferme
ok | MVS-27-005 | Fourniture et pose de mobilier urbain | Bancs, corbeilles, potelets, abris vélos | 34928400-2 | #450000 | total | mai 2027 | | 48 | Appel d'offres ouvert | #3 | Métropole — 28 communes | voirie@example-metropole-vds.fr | totale | #6 | | non | non | non | oui | | probable
ok | MVS-27-006 | Plateforme de gestion de la relation usagers (GRU) : licences et intégration | Portail usagers, prise de rendez-vous, suivi des demandes | 48000000-8 | #680000 | total | S1 2027 | | 48 | Dialogue compétitif | #1 | | numerique@example-metropole-vds.fr | totale | #5 | | non | oui | non | non | | probable
ok | MVS-27-007 | Location et maintenance de photocopieurs multifonctions | | 30121100-4 | #320000 | total | avril 2027 | | 60 | UGAP | | | achats@example-metropole-vds.fr | totale | | @2027-09-30 | oui | non | non | oui | | ferme
ok | MVS-27-008 | Maintenance des ascenseurs et escaliers mécaniques des parkings | | 50750000-7 | #410000 | total | T3 2027 | | 12 + 3 x 12 | Appel d'offres ouvert | #2 | Beaumont-sur-Saône | mobilite@example-metropole-vds.fr | totale | #4 | @2027-12-31 | oui | non | non | non | | ferme
ok | MVS-27-009 | Assistance à maîtrise d'ouvrage pour le plan climat-air-énergie territorial | | 71314300-5 | #140000 | total | mars 2027 | | 18 | MAPA | #1 | | transition@example-metropole-vds.fr | totale | | | non | non | non | oui | | ferme
ok | MVS-27-010 | Fourniture de bacs roulants pour la collecte sélective | | 34928480-6 | #620000 | total | T2 2027 | | 48 | Accord-cadre (AOO) | #2 | Métropole — 28 communes | dechets@example-metropole-vds.fr | totale | #4 | | non | non | non | oui | | ferme
ok | MVS-27-011 | Études de mobilité et campagnes de comptages routiers | | 79311000-7 | #190000 | total | T2 2027 | | 48 | MAPA | #2 | | mobilite@example-metropole-vds.fr | totale | #6 | | non | non | non | non | | ferme
ok | MVS-27-012 | Vêtements de travail et équipements de protection individuelle des agents de terrain | | 18110000-3 | #360000 | total | @2027-03-01 | | 48 | Accord-cadre (AOO) | #4 | | achats@example-metropole-vds.fr | totale | #7 | @2027-06-30 | oui | non | oui | oui | | ferme
blank
blank
ok | MVS-27-013 | Exploitation des stations d'épuration de l'agglomération | | 90481000-2 | #2300000 | annuel | T4 2027 | | 60 | Procédure avec négociation | #1 | Métropole — 28 communes | eau.assainissement@example-metropole-vds.fr | totale | #3 | @2028-06-30 | oui | non | non | oui | | ferme
hidden | MVS-27-014 | CONFIDENTIEL-TEST Étude juridique sur la reprise en régie du réseau de chaleur | Hypothèse de travail, non présentée en conseil | 79111000-5 | #75000 | total | S1 2027 | | 6 | MAPA | #1 | | achats@example-metropole-vds.fr | | | | non | non | non | non | interne | envisagé
ok | MVS-27-015 | Entretien des espaces verts des parcs et jardins métropolitains | | 77313000-7 | #900000 | total | T1 2027 | | 48 | Appel d'offres ouvert | #5 | Métropole — 28 communes | espaces.verts@example-metropole-vds.fr | totale | #8 | @2027-04-30 | oui | non | oui | oui | | ferme
ok | MVS-27-016 | Licences logicielles de bureautique et de messagerie | | 48780000-9 | #260000 | total | mars 2027 | | 36 | marché subséquent | | | numerique@example-metropole-vds.fr | totale | | @2027-05-31 | oui | non | non | non | | ferme
ok | MVS-27-017 | Carburants pour la flotte métropolitaine (cartes accréditives) | | 09134200-9 | #1100000 | total | @2027-05-03 | | 48 | Appel d'offres ouvert | #2 | | achats@example-metropole-vds.fr | totale | #3 | @2027-10-31 | oui | non | non | oui | | ferme
dup | MVS-27-017 | Carburants pour la flotte métropolitaine (cartes accréditives) | | 09134200-9 | #1100000 | total | @2027-05-03 | | 48 | Appel d'offres ouvert | #2 | | achats@example-metropole-vds.fr | totale | #3 | @2027-10-31 | oui | non | non | oui | | ferme
ok | MVS-27-018 | Rénovation énergétique du gymnase Pierre-de-Coubertin | Isolation, ventilation double flux, éclairage LED | 45453000-7 | #1650000 | total | @2027-04-12 | | 12 | MAPA | #8 | Beaumont-sur-Saône | patrimoine@example-metropole-vds.fr | totale | | | non | non | oui | oui | | ferme
ok | MVS-27-019 | Gardiennage des déchèteries | | 79713000-5 | #480000 | total | T2 2027 | | 36 | Appel d'offres ouvert | #2 | Métropole — 28 communes | dechets@example-metropole-vds.fr | totale | #6 | @2027-09-30 | oui | non | oui | non | | ferme
ok | MVS-27-020 | Formation des agents à la conduite d'engins (CACES) | | 80510000-2 | #85000 | total | S2 2027 | | 36 | MAPA | #1 | | rh@example-metropole-vds.fr | totale | | | non | non | non | non | | ferme
ok | MVS-27-021 | Impression et distribution du guide du tri | | 79810000-5 | #55000 | total | T3 2027 | | 12 | MAPA | #1 | | dechets@example-metropole-vds.fr | totale | | | non | non | non | oui | | ferme
ok | MVS-27-022 | Maintenance des feux tricolores et des systèmes de régulation du trafic | | 50232200-2 | #380000 | total | T3 2027 | | 4 ans | Appel d'offres ouvert | #1 | Beaumont-sur-Saône | mobilite@example-metropole-vds.fr | totale | #3 | @2027-12-31 | oui | non | non | non | | ferme
ok | MVS-27-023 | Conseil en organisation pour la mutualisation des services avec les communes | | 79411000-8 | #120000 | total | T1 2027 | | 9 | MAPA | #1 | | achats@example-metropole-vds.fr | totale | | | non | non | non | non | | probable
beyond | MVS-27-024 | Renouvellement de bennes à ordures ménagères au bioGNV | | 34144511-3 | #4800000 | total | T1 2028 | | 60 | Appel d'offres ouvert | #3 | | dechets@example-metropole-vds.fr | totale | #4 | | non | non | non | oui | | envisagé
ok | MVS-27-025 | Curage des réseaux d'assainissement et nettoyage des avaloirs | | 90470000-2 | #700000 | annuel | mars 2027 | | 48 | Appel d'offres ouvert | #2 | Métropole — 28 communes | eau.assainissement@example-metropole-vds.fr | totale | #5 | @2027-06-30 | oui | non | oui | oui | | ferme
ok | MVS-27-026 | Postes de travail et écrans pour les agents | | 30213300-8 | #520000 | total | mars 2027 | | 36 | Accord-cadre (AOO) | #2 | | numerique@example-metropole-vds.fr | totale | #9 | | non | non | non | oui | | ferme
ok | MVS-27-027 | Vélos à assistance électrique pour le service de location longue durée | | 34430000-0 | #1300000 | total | T2 2027 | | 36 | Appel d'offres ouvert | #2 | | mobilite@example-metropole-vds.fr | totale | #6 | | non | non | non | oui | | ferme
""";
        return new ExampleFile("metropole-val-de-saone", Format.XLSX, List.of(
                Sheet.of("Programmation", List.of(), headers, rows).hiding("Descriptif")), "");
    }

    /** csv, UTF-8 with BOM and ';', amounts written as text (ranges, k€, M€, no-break spaces). */
    static ExampleFile ville() {
        String headers = "Référence | Objet | CPV | Catégorie | Montant estimé HT | Lancement | Durée | Procédure | Lots"
                + " | Lieu d'exécution | Contact | Couverture | Fournisseurs identifiés | Fin du marché actuel"
                + " | Marché réservé | Clause sociale | Clause environnementale";
        String rows = """
ok | VB-27-01 | Restauration scolaire et périscolaire (fourniture et livraison de repas) | 55523100-3 | services | 1\u00A0800\u00A0000\u00A0€ | T1 2027 | 4 ans | Appel d'offres ouvert | 2 | Beaumont-sur-Saône | restauration@example-beaumont.fr | totale | 5 | 31/08/2027 | non | oui | oui
ok | VB-27-02 | Entretien des espaces verts — parcs et squares du secteur nord | 77310000-6 | services | 95 000 € | mars 2027 | 36 | MAPA | 1 | Beaumont-sur-Saône (nord) | espaces.verts@example-beaumont.fr | totale | 6 | 31/03/2027 | non | oui | oui
ok | VB-27-03 | Entretien des espaces verts — parcs et squares du secteur sud | 77310000-6 | services | 90 000 € | mars 2027 | 36 | MAPA | 1 | Beaumont-sur-Saône (sud) | espaces.verts@example-beaumont.fr | totale | 6 | 31/03/2027 | non | oui | oui
ok | VB-27-04 | Entretien des espaces verts — cimetières communaux | 77310000-6 | services | 70 000 € | avril 2027 | 36 | MAPA | 1 | Beaumont-sur-Saône | espaces.verts@example-beaumont.fr | totale | 4 | 30/04/2027 | SIAE | oui | oui
ok | VB-27-05 | Fourniture de gaz naturel des bâtiments communaux | 09123000-7 | fournitures | 215 000 € | T3 2027 | 24 | MAPA | 1 | Beaumont-sur-Saône | marches.publics@example-beaumont.fr | totale | 5 | 31/12/2027 | non | non | oui
ok/warn-cpv-check-digit | VB-27-06 | Fournitures de bureau pour les services municipaux | 30192000-2 | fournitures | 40 000 - 90 000 | T2 2027 | 24 | MAPA | 1 | Beaumont-sur-Saône | marches.publics@example-beaumont.fr | totale | 8 | | non | non | oui
ok | VB-27-07 | Papeterie et fournitures scolaires des écoles élémentaires | 30199000-0 | fournitures | < 40 000 | T2 2027 | 12 | MAPA | 1 | Beaumont-sur-Saône | education@example-beaumont.fr | totale | 7 | | non | non | oui
ok | VB-27-08 | Rénovation énergétique du gymnase Jean-Jaurès | 45453000-7 | travaux | 1,2 M€ | mai 2027 | 10 | MAPA | 6 | Beaumont-sur-Saône | batiments@example-beaumont.fr | totale | | | non | oui | oui
ok | VB-27-09 | Maintenance des installations de chauffage et de production d'eau chaude | 50720000-8 | services | 125 000 € | T2 2027 | 12 + 3 x 12 | MAPA | 1 | Beaumont-sur-Saône | batiments@example-beaumont.fr | totale | 4 | 30/06/2027 | non | non | oui
ok | VB-27-10 | Nettoyage des écoles et des bâtiments communaux | 90911200-8 | services | 380 000 € | T1 2027 | 36 | Appel d'offres ouvert | 3 | Beaumont-sur-Saône | marches.publics@example-beaumont.fr | totale | 9 | 31/05/2027 | non | oui | oui
ok | VB-27-11 | Location de véhicules légers pour les services techniques | 34110000-1 | fournitures | 40k | S1 2027 | 36 | MAPA | 1 | Beaumont-sur-Saône | marches.publics@example-beaumont.fr | totale | | | non | non | oui
ok | VB-27-12 | Impression du magazine municipal « Beaumont Mag » | 79810000-5 | services | 45 k€ | janvier 2027 | 36 | MAPA | 1 | Beaumont-sur-Saône | communication@example-beaumont.fr | totale | 8 | 31/03/2027 | non | non | oui
ok | VB-27-13 | Portage de repas à domicile pour les seniors (CCAS) | 55321000-6 | services | 260 000 € | T3 2027 | 48 | Appel d'offres ouvert | 1 | Beaumont-sur-Saône | ccas@example-beaumont.fr | totale | 3 | 31/12/2027 | non | oui | oui
ok | VB-27-14 | Assurance flotte automobile | 66514110-0 | services | 35 000 € | T2 2027 | 48 | MAPA | 1 | Beaumont-sur-Saône | marches.publics@example-beaumont.fr | totale | 4 | 31/12/2027 | non | non | non
ok | VB-27-15 | Réfection de la toiture de l'école maternelle Pasteur | 45261900-3 | travaux | 180 000 € | T1 2027 | 4 | MAPA | 2 | Beaumont-sur-Saône | batiments@example-beaumont.fr | totale | | | non | non | oui
ok | VB-27-16 | Tablettes et ordinateurs portables pour les écoles numériques | 30213100-6 | fournitures | 150 000 € | mars 2027 | 12 | UGAP | | Beaumont-sur-Saône | education@example-beaumont.fr | totale | | | non | non | oui
ok | VB-27-17 | Illuminations de fin d'année (location, pose et dépose) | 31527260-6 | fournitures | 110 000 € | T2 2027 | 36 | MAPA | 1 | Beaumont-sur-Saône | marches.publics@example-beaumont.fr | totale | 5 | | non | non | oui
ok | VB-27-18 | Organisation des animations estivales « Beaumont Plage » | 79952000-2 | services | 60 000 € | février 2027 | 12 | MAPA | 2 | Beaumont-sur-Saône | culture@example-beaumont.fr | totale | 6 | | non | non | non
ok | VB-27-19 | Extension du système de vidéoprotection urbaine (12 caméras) | 32323500-8 | fournitures | 280 000 € | T3 2027 | | Appel d'offres ouvert | 1 | Beaumont-sur-Saône | police.municipale@example-beaumont.fr | totale | 4 | | non | non | non
ok | VB-27-20 | Construction d'une crèche de 60 berceaux — travaux | 45214100-1 | travaux | 2,4 M€ | T4 2027 | 16 | MAPA | 11 | Beaumont-sur-Saône | batiments@example-beaumont.fr | totale | | | non | oui | oui
ok | VB-27-21 | Formation des agents à la prévention des risques professionnels | 80510000-2 | services | < 40 000 | S1 2027 | 24 | MAPA | 1 | Beaumont-sur-Saône | rh@example-beaumont.fr | totale | | | non | non | non
ok/personal-contact | VB-27-22 | Refonte du site internet de la ville | 72413000-8 | services | 55 000 € | T2 2027 | 6 | MAPA | 1 | Beaumont-sur-Saône | Julien Petit <julien.petit@example-beaumont.fr> | totale | | | non | non | non
""";
        return new ExampleFile("ville-beaumont-sur-saone", Format.CSV_UTF8_BOM, List.of(
                Sheet.of("ville-beaumont-sur-saone", List.of(), headers, rows)), "");
    }

    /**
     * xlsx, a title row, a blank row, the header in row 3; personal contacts; "à définir"; lots described in a cell, a
     * framework agreement to several suppliers with its maximum and the most lots one bidder may win, one reserved
     * to EA/ESAT, and a current holder the CHU chose to publish.
     */
    static ExampleFile chu() {
        String headers = "Réf | Objet de l'achat | Descriptif | CPV | Montant | Date de lancement | Durée"
                + " | Type de procédure | Lots | Interlocuteur | Couverture | Nb fournisseurs"
                + " | Échéance marché en cours | Renouvellement | Innovation | Clause sociale"
                + " | Clause environnementale | Diffusion | Statut du projet | Intitulés des lots"
                + " | Nombre maximal de lots par candidat | Attribution de l'accord-cadre | Montant maximum de l'accord-cadre"
                + " | Titulaire actuel | Marché réservé";
        String rows = """
ok | CHU-27-001 | Réactifs et consommables de biochimie avec mise à disposition d'automates | Automates en location, maintenance comprise | 33696500-0 | #2400000 | T1 2027 | 5 ans | Appel d'offres ouvert | #3 | laboratoire.achats@example-chu-beaumont.fr | partielle | #1 | @2027-09-30 | oui | non | non | non | | ferme | | | | | | 
ok/personal-contact | CHU-27-002 | Dispositifs médicaux stériles à usage unique (pansements, compresses) | | 33141000-0 | #1100000 | @2027-03-15 | 48 | Accord-cadre (AOO) | #12 | Marie Martin <marie.martin@example-chu-beaumont.fr> | totale | #8 | @2027-08-31 | oui | non | non | oui | | ferme | | | | | | 
ok | CHU-27-003 | Implants orthopédiques (prothèses de hanche et de genou) | | 33184100-4 | > 1 M€ | T2 2027 | 48 | Appel d'offres ouvert | #9 | pharmacie.achats@example-chu-beaumont.fr | totale | #7 | @2027-10-31 | oui | non | non | non | | ferme | | | | | | 
ok | CHU-27-004 | Nettoyage des locaux administratifs et des consultations externes | | 90911200-8 | #650000 | T1 2027 | 36 | Appel d'offres ouvert | #2 | achats@example-chu-beaumont.fr | totale | #10 | @2027-06-30 | oui | non | oui | oui | | ferme | | | | | | 
ok | CHU-27-005 | Fournitures de bureau et consommables informatiques | | 30192000-1 | #210000 | @2027-04-05 | 48 | Accord-cadre (AOO) | #2 | achats@example-chu-beaumont.fr | totale | #8 | @2027-07-31 | oui | non | non | oui | | ferme | | | | | | 
reject/amount-unreadable | CHU-27-006 | Maintenance des équipements d'imagerie médicale (IRM, scanners) | Contrats constructeurs | 50421000-2 | à définir | T2 2027 | 60 | Procédure avec négociation | #3 | biomedical@example-chu-beaumont.fr | partielle | #3 | @2027-12-31 | oui | non | non | non | | ferme | | | | | | 
ok | CHU-27-007 | Scanner de dernière génération pour le service des urgences | Fourniture, installation, formation et maintenance 5 ans | 33115000-9 | 1,2 M€ | mai 2027 | | Appel d'offres ouvert | #1 | biomedical@example-chu-beaumont.fr | totale | #4 | | non | non | non | non | | ferme | | | | | | 
ok/personal-contact | CHU-27-008 | Produits pharmaceutiques (spécialités hors groupement régional) | | 33600000-6 | #850000 | S1 2027 | 12 + 3 x 12 | Appel d'offres ouvert | #25 | Dr Paul Leroy, pharmacien — paul.leroy@example-chu-beaumont.fr | totale | #20 | @2027-12-31 | oui | non | non | non | | ferme | | | | | | 
ok | CHU-27-009 | Denrées alimentaires : fruits et légumes frais, dont bio et circuits courts | | 03221000-6 | #420000 | T3 2027 | 48 | Accord-cadre (AOO) | #6 | restauration@example-chu-beaumont.fr | totale | #12 | @2027-12-31 | oui | non | non | oui | | ferme | Lot 1 : Fruits et légumes frais ; Lot 2 : Légumes de plein champ issus de l'agriculture biologique ; Lot 3 : Fruits de saison en circuit court ; Lot 4 : Pommes de terre et légumes secs ; Lot 5 : Légumes prêts à l'emploi (4e gamme) ; Lot 6 : Herbes aromatiques | #2 | multi-attributaire | #600000 | | non
ok | CHU-27-010 | Blanchisserie : location et entretien des vêtements professionnels | | 98310000-9 | #780000 | T2 2027 | 48 | Appel d'offres ouvert | #1 | achats@example-chu-beaumont.fr | totale | #3 | @2027-12-31 | oui | non | oui | oui | | ferme | | | | | Blanchisserie du Val de Saône SAS | non
ok | CHU-27-011 | Maintenance des ascenseurs et monte-malades | | 50750000-7 | #290000 | T3 2027 | 12 + 3 x 12 | Appel d'offres ouvert | #1 | technique@example-chu-beaumont.fr | totale | #4 | @2027-12-31 | oui | non | non | non | | ferme | | | | | | 
ok | CHU-27-012 | Ordinateurs portables et postes de travail cliniques | | 30213300-8 | #480000 | mars 2027 | 36 | marché subséquent | | dsi@example-chu-beaumont.fr | totale | | | non | non | non | oui | | ferme | | | | | | 
ok | CHU-27-013 | Évolution et maintenance du logiciel de dossier patient informatisé | Éditeur titulaire des droits | 72267000-4 | #1500000 | T4 2027 | 48 | Marché négocié sans publicité | #1 | dsi@example-chu-beaumont.fr | partielle | #1 | @2027-12-31 | oui | non | non | non | | ferme | | | | | | 
hidden | CHU-27-014 | CONFIDENTIEL-TEST Externalisation de la stérilisation : étude de scénarios | Sujet soumis au directoire | 79411000-8 | #90000 | S2 2027 | 6 | MAPA | #1 | achats@example-chu-beaumont.fr | | | | non | non | non | non | interne | envisagé | | | | | | 
ok | CHU-27-015 | Transports sanitaires inter-établissements | | 85143000-3 | #950000 | T2 2027 | 48 | Appel d'offres ouvert | #3 | achats@example-chu-beaumont.fr | totale | #5 | @2027-09-30 | oui | non | non | non | | ferme | | | | | | 
ok | CHU-27-016 | Gaz médicaux (oxygène) et location des cuves | | 24111500-0 | #600000 | @2027-06-01 | 60 | Appel d'offres ouvert | #2 | pharmacie.achats@example-chu-beaumont.fr | partielle | #2 | @2027-12-31 | oui | non | non | non | | ferme | | | | | | 
ok | CHU-27-017 | Formation continue des personnels soignants (simulation en santé) | | 80510000-2 | #140000 | 2027 | 36 | MAPA | #3 | formation@example-chu-beaumont.fr | totale | | | non | non | non | non | | probable | | | | | | 
ok | CHU-27-018 | Rénovation énergétique du bâtiment de gériatrie | Site occupé, phasage par unité | 45453000-7 | #3400000 | @2027-09-13 | 18 | Appel d'offres ouvert | #9 | technique@example-chu-beaumont.fr | totale | | | non | non | oui | oui | | ferme | | | | | | 
ok | CHU-27-019 | Maîtrise d'œuvre pour l'extension du service des urgences | | 71240000-2 | #650000 | T1 2027 | 36 | Procédure avec négociation | #1 | technique@example-chu-beaumont.fr | totale | | | non | non | non | oui | | ferme | | | | | | 
ok | CHU-27-020 | Gardiennage et sûreté du site principal | | 79713000-5 | #720000 | T2 2027 | 48 | Appel d'offres ouvert | #1 | achats@example-chu-beaumont.fr | totale | #6 | @2027-10-31 | oui | non | oui | non | | ferme | | | | | | 
ok | CHU-27-021 | Fourniture d'électricité haute tension du site principal | | 09310000-5 | #2100000 | T3 2027 | 36 | Appel d'offres ouvert | #1 | technique@example-chu-beaumont.fr | totale | #4 | @2027-12-31 | oui | non | non | oui | | ferme | | | | | | 
ok | CHU-27-022 | Réactifs de microbiologie et de biologie moléculaire | | 33696500-0 | #1300000 | @2027-10-04 | 60 | Appel d'offres ouvert | #8 | laboratoire.achats@example-chu-beaumont.fr | 60 % | #3 | @2028-01-31 | oui | non | non | non | | ferme | | | | | | 
ok | CHU-27-023 | Échographes pour les services de soins | | 33124000-5 | #380000 | T3 2027 | | Appel d'offres ouvert | #1 | biomedical@example-chu-beaumont.fr | totale | #5 | | non | non | non | non | | probable | | | | | | 
ok/personal-contact | CHU-27-024 | Traduction et interprétariat médical | | 79530000-8 | #60000 | S1 2027 | 24 | MAPA | #2 | Claire Morel <claire.morel@example-chu-beaumont.fr> | totale | | | non | non | non | non | | ferme | | | | | | 
ok | CHU-27-025 | Assurance responsabilité civile hospitalière | | 66516000-0 | #1800000 | T2 2027 | 60 | Appel d'offres ouvert | #1 | achats@example-chu-beaumont.fr | partielle | #2 | @2027-12-31 | oui | non | non | non | | ferme | | | | | | 
ok | CHU-27-026 | Collecte et traitement des déchets d'activités de soins à risques infectieux (DASRI) | | 90524400-0 | #540000 | @2027-02-01 | 48 | Appel d'offres ouvert | #2 | technique@example-chu-beaumont.fr | totale | #3 | @2027-06-30 | oui | non | non | oui | | ferme | | | | | | 
beyond | CHU-27-027 | Robot chirurgical pour le bloc opératoire | | 33168000-5 | #2000000 | S1 2028 | | Dialogue compétitif | #1 | biomedical@example-chu-beaumont.fr | totale | #2 | | non | oui | non | non | | envisagé | | | | | | 
ok | CHU-27-028 | Papier d'essuyage et produits d'hygiène | | 33771000-5 | #160000 | T2 2027 | 48 | Accord-cadre (AOO) | #3 | achats@example-chu-beaumont.fr | totale | #6 | @2027-06-30 | oui | non | non | oui | | ferme | Lot 1 : Papier d'essuyage ; Lot 2 : Savons et solutions hydroalcooliques ; Lot 3 : Distributeurs | | mono-attributaire | #240000 | | EA/ESAT
ok | CHU-27-029 | Licences de bureautique et de messagerie | | 48000000-8 | #140000 | T1 2027 | 36 | UGAP | | dsi@example-chu-beaumont.fr | totale | | | oui | non | non | non | | ferme | | | | | | 
ok | CHU-27-030 | Location de véhicules de liaison | | 34110000-1 | #90000 | T4 2027 | 48 | MAPA | #1 | achats@example-chu-beaumont.fr | totale | #5 | @2027-12-31 | oui | non | non | oui | | ferme | | | | | | 
""";
        return new ExampleFile("chu-beaumont", Format.XLSX, List.of(Sheet.of("Programmation 2027",
                List.of("Programmation des achats 2027 — CHU de Beaumont-sur-Saône", ""), headers, rows)), "");
    }
}
