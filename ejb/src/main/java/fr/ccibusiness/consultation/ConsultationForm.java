package fr.ccibusiness.consultation;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
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
    private String nafCodes;
    private String certifications;
    private String competences;
    private String places;
    private String lots;

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

    /** The NAF codes asked, as typed: separated by commas (25.62B, 28.41Z). */
    public String getNafCodes() {
        return nafCodes;
    }

    public void setNafCodes(String nafCodes) {
        this.nafCodes = nafCodes;
    }

    public String getCertifications() {
        return certifications;
    }

    public void setCertifications(String certifications) {
        this.certifications = certifications;
    }

    public String getCompetences() {
        return competences;
    }

    public void setCompetences(String competences) {
        this.competences = competences;
    }

    /** The places of execution: INSEE codes of communes, separated by commas. */
    public String getPlaces() {
        return places;
    }

    public void setPlaces(String places) {
        this.places = places;
    }

    /** The lots, one title per line; none: the consultation is not split. */
    public String getLots() {
        return lots;
    }

    public void setLots(String lots) {
        this.lots = lots;
    }

    /** A list as typed, split on commas and semicolons, each part trimmed, empty ones dropped. */
    static List<String> split(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[,;]")).map(String::strip)
                .filter(part -> !part.isEmpty()).distinct().toList();
    }

    public List<Long> getCommunityIds() {
        return communityIds;
    }

    public void setCommunityIds(List<Long> communityIds) {
        this.communityIds = communityIds == null ? new ArrayList<>() : new ArrayList<>(communityIds);
    }
}
