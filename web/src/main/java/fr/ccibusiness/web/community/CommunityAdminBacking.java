package fr.ccibusiness.web.community;

import fr.ccibusiness.account.EmailUnavailableException;
import fr.ccibusiness.community.AdmissionRequirement;
import fr.ccibusiness.community.Cci;
import fr.ccibusiness.community.Community;
import fr.ccibusiness.community.CommunityAdminService;
import fr.ccibusiness.community.CommunityForm;
import fr.ccibusiness.community.CommunityKind;
import fr.ccibusiness.community.CommunityService;
import fr.ccibusiness.community.InvalidCommunityException;
import fr.ccibusiness.community.JoinPolicy;
import fr.ccibusiness.community.CciService;
import fr.ccibusiness.web.support.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** admin/communities.xhtml: create communities and appoint their animators. */
@Named
@ViewScoped
public class CommunityAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CommunityAdminService admin;

    @Inject
    private CommunityService communities;

    @Inject
    private CciService ccis;

    private CommunityForm form = new CommunityForm();
    private List<Community> catalogue;
    private List<Cci> network;
    private String[] requirements = new String[0];
    private String cciCode;
    private String cciName;
    private String cciCity;
    private Long animatorCommunityId;
    private String animatorEmail;

    @PostConstruct
    void load() {
        catalogue = communities.catalogue();
        network = ccis.network();
    }

    public void createCci() {
        try {
            admin.createCci(cciCode, cciName, cciCity);
            Messages.pageInfo("admin.cci.created", cciName);
            cciCode = null;
            cciName = null;
            cciCity = null;
            load();
        } catch (InvalidCommunityException e) {
            Messages.fieldError("cci:code", "admin.cci.invalid");
        }
    }

    public void create() {
        form.setRequirements(Arrays.stream(requirements).map(AdmissionRequirement::valueOf).toList());
        try {
            admin.createCommunity(form);
            Messages.pageInfo("admin.community.created", form.getName());
            form = new CommunityForm();
            requirements = new String[0];
            load();
        } catch (InvalidCommunityException e) {
            Messages.fieldError("community:name", "admin.community.nameTaken");
        }
    }

    public void appointAnimator() {
        try {
            admin.appointAnimator(animatorCommunityId, animatorEmail);
            Messages.pageInfo("admin.animator.appointed", animatorEmail);
            animatorEmail = null;
        } catch (EmailUnavailableException e) {
            Messages.fieldError("animator:email", "admin.animator.unknown");
        }
    }

    public CommunityKind[] getKinds() {
        return CommunityKind.values();
    }

    public JoinPolicy[] getPolicies() {
        return JoinPolicy.values();
    }

    public AdmissionRequirement[] getAllRequirements() {
        return AdmissionRequirement.values();
    }

    public String getCciCode() {
        return cciCode;
    }

    public void setCciCode(String cciCode) {
        this.cciCode = cciCode;
    }

    public String getCciName() {
        return cciName;
    }

    public void setCciName(String cciName) {
        this.cciName = cciName;
    }

    public String getCciCity() {
        return cciCity;
    }

    public void setCciCity(String cciCity) {
        this.cciCity = cciCity;
    }

    public String[] getRequirements() {
        return requirements;
    }

    public void setRequirements(String[] requirements) {
        this.requirements = requirements;
    }

    public CommunityForm getForm() {
        return form;
    }

    public List<Community> getCatalogue() {
        return catalogue;
    }

    public List<Cci> getNetwork() {
        return network;
    }

    public Long getAnimatorCommunityId() {
        return animatorCommunityId;
    }

    public void setAnimatorCommunityId(Long animatorCommunityId) {
        this.animatorCommunityId = animatorCommunityId;
    }

    public String getAnimatorEmail() {
        return animatorEmail;
    }

    public void setAnimatorEmail(String animatorEmail) {
        this.animatorEmail = animatorEmail;
    }
}
