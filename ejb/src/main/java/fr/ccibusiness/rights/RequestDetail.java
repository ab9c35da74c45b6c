package fr.ccibusiness.rights;

import java.util.List;

/** A request as the DPO works it: the request, its history, and the account its address has, if any. */
public record RequestDetail(RightsRequest request, List<RightsRequestAction> actions, Long accountId, String accountName) {

    public RightsRequest getRequest() {
        return request;
    }

    public List<RightsRequestAction> getActions() {
        return actions;
    }

    public boolean isHasAccount() {
        return accountId != null;
    }

    public String getAccountName() {
        return accountName;
    }
}
