package fr.ccibusiness.advisory;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What CCI staff type to describe a service of their catalogue. An empty price means free. */
public class OfferForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long cciId;
    private String title;
    private OfferCategory category;
    private String descriptionHtml;
    private boolean allMembers = true;
    private List<Long> communityIds = new ArrayList<>();
    private BigDecimal priceEuros;
    private String duration;
    private Integer targetDays = 5;
    private List<Long> advisorIds = new ArrayList<>();

    public Long getCciId() {
        return cciId;
    }

    public void setCciId(Long cciId) {
        this.cciId = cciId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public OfferCategory getCategory() {
        return category;
    }

    public void setCategory(OfferCategory category) {
        this.category = category;
    }

    public String getDescriptionHtml() {
        return descriptionHtml;
    }

    public void setDescriptionHtml(String descriptionHtml) {
        this.descriptionHtml = descriptionHtml;
    }

    public boolean isAllMembers() {
        return allMembers;
    }

    public void setAllMembers(boolean allMembers) {
        this.allMembers = allMembers;
    }

    public List<Long> getCommunityIds() {
        return communityIds;
    }

    public void setCommunityIds(List<Long> communityIds) {
        this.communityIds = communityIds == null ? new ArrayList<>() : communityIds;
    }

    public BigDecimal getPriceEuros() {
        return priceEuros;
    }

    public void setPriceEuros(BigDecimal priceEuros) {
        this.priceEuros = priceEuros;
    }

    public String getDuration() {
        return duration;
    }

    public void setDuration(String duration) {
        this.duration = duration;
    }

    public Integer getTargetDays() {
        return targetDays;
    }

    public void setTargetDays(Integer targetDays) {
        this.targetDays = targetDays;
    }

    public List<Long> getAdvisorIds() {
        return advisorIds;
    }

    public void setAdvisorIds(List<Long> advisorIds) {
        this.advisorIds = advisorIds == null ? new ArrayList<>() : advisorIds;
    }
}
