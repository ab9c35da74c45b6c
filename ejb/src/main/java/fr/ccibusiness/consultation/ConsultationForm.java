package fr.ccibusiness.consultation;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What a buyer types to describe a consultation. Deadlines are wall-clock times in Europe/Paris, to
 * the minute; an empty question deadline means the default (six days before the response deadline).
 */
public class ConsultationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String reference;
    private String title;
    private String objectHtml;
    private ValueBand valueBand;
    private LocalDateTime responseDeadline;
    private LocalDateTime questionDeadline;
    private boolean publicAccess;
    private List<Long> communityIds = new ArrayList<>();

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getObjectHtml() {
        return objectHtml;
    }

    public void setObjectHtml(String objectHtml) {
        this.objectHtml = objectHtml;
    }

    public ValueBand getValueBand() {
        return valueBand;
    }

    public void setValueBand(ValueBand valueBand) {
        this.valueBand = valueBand;
    }

    public LocalDateTime getResponseDeadline() {
        return responseDeadline;
    }

    public void setResponseDeadline(LocalDateTime responseDeadline) {
        this.responseDeadline = responseDeadline;
    }

    public LocalDateTime getQuestionDeadline() {
        return questionDeadline;
    }

    public void setQuestionDeadline(LocalDateTime questionDeadline) {
        this.questionDeadline = questionDeadline;
    }

    public boolean isPublicAccess() {
        return publicAccess;
    }

    public void setPublicAccess(boolean publicAccess) {
        this.publicAccess = publicAccess;
    }

    public List<Long> getCommunityIds() {
        return communityIds;
    }

    public void setCommunityIds(List<Long> communityIds) {
        this.communityIds = communityIds == null ? new ArrayList<>() : new ArrayList<>(communityIds);
    }
}
