package fr.ccibusiness.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ccibusiness.it.pages.AnimationPage;
import fr.ccibusiness.it.pages.Browser;
import fr.ccibusiness.it.pages.CommunityPage;
import fr.ccibusiness.it.pages.CompanyFormPage;
import fr.ccibusiness.it.pages.DirectoryPage;
import fr.ccibusiness.it.pages.LoginPage;
import fr.ccibusiness.it.pages.ProfilePage;
import fr.ccibusiness.it.support.Db;
import fr.ccibusiness.it.support.PlatformIT;
import fr.ccibusiness.it.support.Poll;
import fr.ccibusiness.it.support.Sirets;
import fr.ccibusiness.it.support.WebClient;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * In a real browser: a member completes profile and company (with the official-code pickers), joins an
 * open community, asks to join one that needs approval; its animator approves; the directory finds the
 * company by a word typed without its accent.
 */
class CommunityJourneyIT extends PlatformIT {

    @Test
    void aMemberSetsUpJoinsCommunitiesAndIsFoundInTheDirectory() {
        String marker = "Brevalis" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
        long open = Db.community("SECTOR", "OPEN", "Ouverte");
        long approval = Db.community("SECTOR", "APPROVAL", "Sur validation");
        String animatorEmail = newEmail();
        registerConfirmed(new WebClient(), animatorEmail, "Animatrice", "Inès");
        Db.update("INSERT INTO app.community_animator (community_id, account_id) VALUES (?, ?)", approval,
                Db.accountId(animatorEmail));
        Db.update("INSERT INTO app.account_role (account_id, role) VALUES (?, 'animator')", Db.accountId(animatorEmail));
        String memberEmail = newEmail();
        registerConfirmed(new WebClient(), memberEmail, "Leclerc", "Yanis");

        try (Browser member = new Browser("fr")) {
            LoginPage.open(member).signIn(memberEmail, PASSWORD);
            assertTrue(ProfilePage.open(member).save("Directeur technique", "usinage, soudure").contains("enregistrées"));

            String heading = CompanyFormPage.openNew(member)
                    .fillIn(Sirets.random(), "Chaudronnerie Éléments " + marker, "Tôlerie fine et mécano-soudure", "02 33 44 55 66")
                    .activityCode("25.62", "25.62B")
                    .address("8 rue du Port", "50100", "Cherbourg", "50129")
                    .save();
            assertEquals("Chaudronnerie Éléments " + marker, heading);

            assertEquals("Vous êtes membre de cette communauté.", CommunityPage.open(member, open).join());
            assertEquals("Votre demande est en attente de validation.", CommunityPage.open(member, approval).join());
        }

        try (Browser animator = new Browser("fr")) {
            LoginPage.open(animator).signIn(animatorEmail, PASSWORD);
            AnimationPage requests = AnimationPage.open(animator, approval);
            assertTrue(requests.pending().contains(memberEmail));
            assertTrue(requests.approve(memberEmail).contains(memberEmail));
        }
        assertEquals("ACTIVE", Db.single("SELECT status FROM app.membership WHERE community_id = ? AND account_id = ?",
                approval, Db.accountId(memberEmail)));

        Poll.until(() -> new WebClient().get("/directory.xhtml?q=elements+" + marker).doc().select("#company-results h3 a").size() == 1,
                Duration.ofSeconds(10), "the company in the directory's index");
        try (Browser visitor = new Browser("fr")) {
            List<String> found = DirectoryPage.open(visitor).searchCompanies("elements " + marker.toLowerCase());
            assertEquals(List.of("Chaudronnerie Éléments " + marker), found);
        }
    }

}
