package fr.ccibusiness.rights;

import fr.ccibusiness.account.Role.Names;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Every morning at 8:00 (Paris), the DPO gets the digest of open, overdue and soon-due requests. */
@Singleton
@RunAs(Names.DPO)
public class RightsDigestSchedule {

    @Inject
    private RightsRequestService requests;

    @Schedule(hour = "8", minute = "0", timezone = "Europe/Paris", persistent = true, info = "DPO digest")
    void morning() {
        requests.sendDigest();
    }
}
