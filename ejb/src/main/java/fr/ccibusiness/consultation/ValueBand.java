package fr.ccibusiness.consultation;

/**
 * The estimated value of a consultation, excluding tax, in the bands a French company reads the
 * procedure from (the thresholds of public procurement).
 */
public enum ValueBand {
    UNDER_40K, FROM_40K_TO_221K, FROM_221K_TO_1M, FROM_1M_TO_5M, OVER_5M
}
