package fr.ccibusiness.company;

/** INSEE's workforce bands (tranches d'effectif salarié). */
public enum WorkforceBand {
    NONE, FROM_1_TO_2, FROM_3_TO_5, FROM_6_TO_9, FROM_10_TO_19, FROM_20_TO_49, FROM_50_TO_99, FROM_100_TO_199,
    FROM_200_TO_249, FROM_250_TO_499, FROM_500_TO_999, FROM_1000
}
