package fr.ccibusiness.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ccibusiness.it.pages.Browser;
import fr.ccibusiness.it.support.Db;
import fr.ccibusiness.it.support.PlatformIT;
import fr.ccibusiness.it.support.Sirets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two colleagues edit one company record in two browsers: the second save, made on a form read before
 * the first, is refused with what changed meanwhile, keeps what its author typed, and saving again
 * keeps both people's changes, each in the history under its author's name.
 */
class ConcurrentEditsIT extends PlatformIT {

    @Test
    void aSaveOnAStaleFormShowsWhatChangedAndLosesNobodysChanges() {
        Person alice = member("Alice");
        Person bruno = member("Bruno");
        long company = ((Number) Db.single("INSERT INTO app.company (siret, legal_name, naf_code, street, postal_code,"
                + " commune_code, phone, department_code, activity, created_at, updated_at) VALUES (?, 'Forges du Bessin',"
                + " '25.62B', '1 rue du Port', '14000', '14118', '02 31 00 00 00', '14', 'Forge', now(), now()) RETURNING id",
                Sirets.random().replace(" ", ""))).longValue();
        for (Person colleague : List.of(alice, bruno)) {
            Db.update("INSERT INTO app.company_link (company_id, account_id, status, requested_at, decided_at)"
                    + " VALUES (?, ?, 'APPROVED', now(), now())", company, colleague.id());
        }
        String page = "/account/company.xhtml?id=" + company;

        try (Browser aliceBrowser = browserOf(alice); Browser brunoBrowser = browserOf(bruno)) {
            aliceBrowser.open(page);
            brunoBrowser.open(page);

            aliceBrowser.type("company:activity", "Usinage de précision");
            aliceBrowser.clickAndWaitForPage("company:save");
            assertTrue(aliceBrowser.text("page-messages").contains("Une modification enregistrée"),
                    aliceBrowser.text("page-messages"));

            brunoBrowser.type("company:phone", "02 31 11 22 33");
            brunoBrowser.clickAndWaitForPage("company:save");
            assertTrue(brunoBrowser.text("page-messages").contains("rien n’a été enregistré"), brunoBrowser.text("page-messages"));
            String meanwhile = brunoBrowser.text("company:changed-meanwhile");
            assertTrue(meanwhile.contains("Alice Test") && meanwhile.contains("Activité")
                    && meanwhile.contains("« Forge » → « Usinage de précision »"), meanwhile);
            assertEquals("02 31 11 22 33", brunoBrowser.value("company:phone"), "what Bruno typed stays");
            assertEquals("Usinage de précision", brunoBrowser.value("company:activity"), "Alice's change shows");
            assertEquals("02 31 00 00 00", Db.single("SELECT phone FROM app.company WHERE id = ?", company), "nothing saved");

            brunoBrowser.clickAndWaitForPage("company:save");
            assertTrue(brunoBrowser.text("page-messages").contains("Une modification enregistrée"),
                    brunoBrowser.text("page-messages"));
        }
        assertEquals(List.of("Usinage de précision", "02 31 11 22 33"),
                Db.column("SELECT unnest(ARRAY[activity, phone]) FROM app.company WHERE id = ?", company));
        assertEquals(List.of("activity " + alice.id(), "phone " + bruno.id()),
                Db.column("SELECT field || ' ' || account_id FROM app.company_change WHERE company_id = ? ORDER BY id", company),
                "the history holds each change once, under its author");
    }
}
