package fr.ccibusiness.company;

/** Annual turnover bands, as buyers compare suppliers. */
public enum TurnoverBand {
    UNDER_100K, FROM_100K_TO_500K, FROM_500K_TO_2M, FROM_2M_TO_10M, FROM_10M_TO_50M, OVER_50M
}
