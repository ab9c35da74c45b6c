package fr.ccibusiness.directory;

import java.util.List;

/** A fixed set of companies of Normandy, for the tests of the directory's index: the judged set's ground. */
final class Companies {

    static final long AEROSTRUCTURES = 1;
    static final long USINAGE = 2;
    static final long CHAUDRONNERIE = 3;
    static final long DECOLLETAGE = 4;
    static final long BOULANGERIE = 5;
    static final long LOGICIELS = 6;
    static final long TRANSPORTS = 7;
    static final long FROMAGERIE = 8;
    static final long ELECTRICITE = 9;
    static final long CHARPENTE = 10;
    static final long MAINTENANCE_AERO = 11;
    static final long INGENIERIE = 12;
    static final long RESTAURANT = 13;
    static final long COUVERTURE = 14;
    static final long BARDAGE = 15;
    static final long ZINGUERIE = 16;
    static final long HOSTILE = 17;

    static final List<CompanyRecord> ALL = List.of(
            company(AEROSTRUCTURES, "Aérostructures du Cotentin", "30.30Z", "Construction aéronautique et spatiale",
                    "Cherbourg-en-Cotentin", "50100", "50129", "50", "Manche",
                    "Assemblage de sous-ensembles aéronautiques et spatiaux pour les avionneurs.", "Rivetage, assemblage de structures",
                    "FROM_50_TO_99", List.of("EN 9100"), List.of(1L)),
            company(USINAGE, "Usinage Lefèvre", "25.62B", "Mécanique industrielle", "Caen", "14000", "14118", "14", "Calvados",
                    "Usinage de pièces de précision pour l'aéronautique et le nucléaire.",
                    "Tournage, fraisage CN 5 axes, rectification, contrôle tridimensionnel", "FROM_20_TO_49",
                    List.of("ISO 9001", "EN 9100"), List.of(1L, 2L)),
            company(CHAUDRONNERIE, "Chaudronnerie Duval", "25.11Z", "Fabrication de structures métalliques et de parties de structures",
                    "Rouen", "76000", "76540", "76", "Seine-Maritime", "Chaudronnerie, tôlerie fine et serrurerie industrielle.",
                    "Soudure TIG et MIG, découpe laser, pliage", "FROM_10_TO_19", List.of("MASE", "ISO 14001"), List.of(2L)),
            company(DECOLLETAGE, "Précis Bocage", "25.62A", "Décolletage", "Flers", "61100", "61169", "61", "Orne",
                    "Pièces tournées en grande série, usinage sur tours multibroches.", "Tours à cames et CN", "FROM_20_TO_49",
                    List.of("ISO 9001"), List.of()),
            company(BOULANGERIE, "Maison Hébert", "10.71C", "Boulangerie et boulangerie-pâtisserie", "Caen", "14000", "14118", "14",
                    "Calvados", "Pains au levain, viennoiseries et pâtisseries fines.", null, "FROM_3_TO_5", List.of(), List.of(3L)),
            company(LOGICIELS, "Numéria Solutions", "62.01Z", "Programmation informatique", "Évreux", "27000", "27229", "27", "Eure",
                    "Conception de logiciels et d'applications web pour l'industrie.", "Java, applications mobiles, hébergement",
                    "FROM_10_TO_19", List.of("ISO 27001"), List.of(4L)),
            company(TRANSPORTS, "Transports Leroy", "49.41A", "Transports routiers de fret interurbains", "Rouen", "76000", "76540",
                    "76", "Seine-Maritime", "Transport frigorifique de denrées en Normandie et en Île-de-France.", "40 semi-remorques",
                    "FROM_50_TO_99", List.of(), List.of()),
            company(FROMAGERIE, "Fromagerie du Pays d'Auge", "10.51C", "Fabrication de fromage", "Livarot-Pays-d'Auge", "14140",
                    "14371", "14", "Calvados", "Camembert, livarot et pont-l'évêque au lait cru.", "Affinage, caves", "FROM_20_TO_49",
                    List.of("IFS Food"), List.of(3L)),
            company(ELECTRICITE, "Électricité Moreau", "43.21A", "Travaux d'installation électrique dans tous locaux", "Saint-Lô",
                    "50000", "50502", "50", "Manche", "Électricien : installations électriques, automatismes et bornes de recharge.",
                    null, "FROM_6_TO_9", List.of("Qualifelec"), List.of(5L)),
            company(CHARPENTE, "Charpentes Gosselin", "16.23Z", "Fabrication de charpentes et d'autres menuiseries", "Coutances",
                    "50200", "50147", "50", "Manche", "Charpente bois traditionnelle et menuiseries sur mesure.", "Taille numérique",
                    "FROM_10_TO_19", List.of("Qualibat"), List.of(5L)),
            company(MAINTENANCE_AERO, "Aéro Services Normandie", "33.16Z", "Réparation et maintenance d'aéronefs et d'engins spatiaux",
                    "Carpiquet", "14650", "14137", "14", "Calvados", "Maintenance d'aéronefs légers et d'hélicoptères.", "Atelier Part-145",
                    "FROM_6_TO_9", List.of(), List.of(1L)),
            company(INGENIERIE, "Bureau d'études Lemoine", "71.12B", "Ingénierie, études techniques", "Le Havre", "76600", "76351",
                    "76", "Seine-Maritime", "Études techniques et calcul de structures pour l'industrie portuaire.", null,
                    "FROM_3_TO_5", List.of(), List.of()),
            company(RESTAURANT, "Le Bistrot du Port", "56.10A", "Restauration traditionnelle", "Honfleur", "14600", "14333", "14",
                    "Calvados", "Cuisine du marché et produits de la mer.", null, "FROM_6_TO_9", List.of(), List.of()),
            company(COUVERTURE, "Toitures Vasseur", "43.91B", "Travaux de couverture par éléments", "Bayeux", "14400", "14047", "14",
                    "Calvados", "Couverture et travaux de zinguerie", null, "FROM_1_TO_2", List.of(), List.of()),
            company(BARDAGE, "Bardages Huet", "43.91B", "Travaux de couverture par éléments", "Bayeux", "14400", "14047", "14",
                    "Calvados", "Bardage et zinguerie", null, "FROM_1_TO_2", List.of(), List.of()),
            company(ZINGUERIE, "Zinguerie Marie", "43.91B", "Travaux de couverture par éléments", "Vire Normandie", "14500", "14762",
                    "14", "Calvados", "Couverture, ardoise et tuile", null, "FROM_1_TO_2", List.of(), List.of()),
            company(HOSTILE, "<script>alert('x')</script> & Cie", "70.22Z", "Conseil pour les affaires et autres conseils de gestion",
                    "Alençon", "61000", "61001", "61", "Orne", "Conseil <img src=x onerror=alert(1)> script", null, null, List.of(),
                    List.of()));

    private Companies() {
    }

    static CompanyRecord company(long id, String name, String naf, String nafLabel, String commune, String postalCode,
                                 String communeCode, String department, String departmentName, String activity,
                                 String capacities, String workforce, List<String> certifications, List<Long> communities) {
        return new CompanyRecord(id, name, naf, nafLabel, commune, postalCode, communeCode, department, departmentName, activity,
                null, capacities, workforce, certifications, communities);
    }

    /** A company of the set under another id and name. */
    static CompanyRecord copy(long templateId, long id, String name) {
        CompanyRecord c = ALL.stream().filter(company -> company.id() == templateId).findFirst().orElseThrow();
        return new CompanyRecord(id, name, c.nafCode(), c.nafLabel(), c.commune(), c.postalCode(), c.communeCode(),
                c.departmentCode(), c.departmentName(), c.activity(), c.references(), c.capacities(), c.workforceBand(),
                c.certifications(), c.communities());
    }
}
