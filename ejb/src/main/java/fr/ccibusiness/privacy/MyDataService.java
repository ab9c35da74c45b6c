package fr.ccibusiness.privacy;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.account.Accounts;
import fr.ccibusiness.account.Role.Names;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** "Mes données" (policy article 4, access and portability): the signed-in person downloads all their data. */
@Stateless
@DeclareRoles({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
public class MyDataService {

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    @Inject
    private PersonalDataExport export;

    /** A ZIP of the caller's data: JSON, CSV per section, files, and a README of the fields. */
    @RolesAllowed({Names.MEMBER, Names.BUYER, Names.ANIMATOR, Names.CCI_STAFF, Names.ADMIN, Names.DPO})
    public byte[] exportMyData() {
        Account me = accounts.caller(context);
        return export.zipFor(me.getId(), me.getLocale());
    }
}
