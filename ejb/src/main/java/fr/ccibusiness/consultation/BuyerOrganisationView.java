package fr.ccibusiness.consultation;

import java.util.List;

/** A buyer organisation on the administrators' and CCI staff's page, with its consultations (whose journals administrators read). */
public record BuyerOrganisationView(long id, String name, String siret, BuyerKind kind, String cci, List<Buyer> buyers,
                                    List<Target> communities, List<ConsultationSummary> consultations) {

    public record Buyer(long accountId, String name, String email) {
    }

    public record Target(long communityId, String name) {
    }
}
