package fr.ccibusiness.advisory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A service's page: its description (sanitised HTML), price, duration, service-level target, advisors
 * and audience; whether the reader may ask for it, and for which of their companies.
 */
public record OfferDetail(long id, String title, OfferCategory category, String cciName, String descriptionHtml,
                          BigDecimal priceEuros, String duration, int targetDays, List<String> advisors, boolean allMembers,
                          List<String> communities, boolean active, boolean mayRequest, Map<Long, String> companies,
                          boolean editable) {

    public boolean isFree() {
        return priceEuros == null;
    }
}
