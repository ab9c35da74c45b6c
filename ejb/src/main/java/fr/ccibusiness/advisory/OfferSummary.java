package fr.ccibusiness.advisory;

import java.math.BigDecimal;
import java.util.List;

/** A service as the catalogue lists it: its CCI, family, a plain-text excerpt, its price and target, who it is for. */
public record OfferSummary(long id, String title, OfferCategory category, String cciName, String excerpt, BigDecimal priceEuros,
                           String duration, int targetDays, boolean allMembers, List<String> communities, boolean active) {

    public boolean isFree() {
        return priceEuros == null;
    }
}
