package fr.ccibusiness.advisory;

/** The families of the CCIs' support offer, the catalogue's first filter. */
public enum OfferCategory {
    EXPORT, TRAINING, FINANCING, DIGITAL, HR, INNOVATION, ENVIRONMENT, CREATION, TRANSMISSION, OTHER
}
