package fr.ccibusiness.community;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** What an administrator gives to create or describe a community. */
public class CommunityForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Long cciId;

    @NotNull
    private CommunityKind kind;

    @NotBlank
    @Size(max = Community.NAME_MAX, message = "{company.length}")
    private String name;

    @NotBlank
    @Size(max = Community.DESCRIPTION_MAX, message = "{company.length}")
    private String description;

    @NotNull
    private JoinPolicy joinPolicy;

    private String departmentCode;

    private List<AdmissionRequirement> requirements = new ArrayList<>();

    public Long getCciId() {
        return cciId;
    }

    public void setCciId(Long cciId) {
        this.cciId = cciId;
    }

    public CommunityKind getKind() {
        return kind;
    }

    public void setKind(CommunityKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public JoinPolicy getJoinPolicy() {
        return joinPolicy;
    }

    public void setJoinPolicy(JoinPolicy joinPolicy) {
        this.joinPolicy = joinPolicy;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public List<AdmissionRequirement> getRequirements() {
        return requirements;
    }

    public void setRequirements(List<AdmissionRequirement> requirements) {
        this.requirements = requirements == null ? new ArrayList<>() : new ArrayList<>(requirements);
    }
}
