package fr.ccibusiness.web.meeting;

import fr.ccibusiness.meeting.InvalidMeetingException;
import fr.ccibusiness.meeting.MeetingService;
import fr.ccibusiness.meeting.MeetingViews;
import fr.ccibusiness.meeting.ParticipantKind;
import fr.ccibusiness.web.support.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * meetings/session.xhtml?event=…: a participant's meeting session: what they publish and when they
 * cannot meet, the requests they received and sent, and the other participants to ask, filtered.
 */
@Named
@ViewScoped
public class MeetingSessionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingService service;

    private Long event;
    private MeetingViews.Mine mine;
    private Map<Long, String> companies = Map.of();
    private List<MeetingViews.RequestLine> requests = List.of();
    private List<MeetingViews.Card> cards = List.of();
    private Long companyId;
    private String offer;
    private String seek;
    private List<Integer> unavailable = new ArrayList<>();
    private ParticipantKind kind;
    private String naf;
    private String competence;
    private String text;
    private final Map<Long, String> reasons = new HashMap<>();
    private final Map<Long, Boolean> mustMeet = new HashMap<>();

    public void load() {
        mine = service.mine(event);
        companies = service.myCompanies();
        companyId = mine.companyId() != null ? mine.companyId() : companies.keySet().stream().findFirst().orElse(null);
        offer = mine.offer();
        seek = mine.seek();
        unavailable = new ArrayList<>(mine.unavailable());
        refresh();
    }

    private void refresh() {
        mine = service.mine(event);
        requests = service.requests(event);
        cards = mine.isJoined() ? service.participants(event, kind, naf, competence, text) : List.of();
    }

    public void save() {
        try {
            boolean joining = !mine.isJoined();
            service.join(event, companyId, offer, seek, unavailable);
            Messages.pageInfo(joining ? "meetings.joined" : "meetings.saved");
        } catch (InvalidMeetingException e) {
            if ("state".equals(e.field())) {
                Messages.pageError(e.messageKey());
            } else {
                Messages.fieldError("profile:" + e.field(), e.messageKey());
            }
        }
        refresh();
    }

    public void filter() {
        refresh();
    }

    public void request(long participantId) {
        try {
            service.request(event, participantId, reasons.get(participantId), Boolean.TRUE.equals(mustMeet.get(participantId)));
            Messages.pageInfo("meetings.requested");
            reasons.remove(participantId);
        } catch (InvalidMeetingException e) {
            Messages.pageError(e.messageKey());
        }
        refresh();
    }

    public void accept(long requestId) {
        Messages.outcome(() -> service.accept(requestId), "meetings.accepted");
        refresh();
    }

    public void decline(long requestId) {
        Messages.outcome(() -> service.decline(requestId), "meetings.declined");
        refresh();
    }

    public void withdraw(long requestId) {
        Messages.outcome(() -> service.withdraw(requestId), "meetings.withdrawn");
        refresh();
    }

    public void send(long requestId) {
        Messages.outcome(() -> service.sendPrepared(requestId), "meetings.requested");
        refresh();
    }

    public List<MeetingViews.RequestLine> getReceived() {
        return requests.stream().filter(r -> !r.sent()).toList();
    }

    public List<MeetingViews.RequestLine> getSent() {
        return requests.stream().filter(MeetingViews.RequestLine::sent).toList();
    }

    public ParticipantKind[] getKinds() {
        return ParticipantKind.values();
    }

    public Long getEvent() {
        return event;
    }

    public void setEvent(Long event) {
        this.event = event;
    }

    public MeetingViews.Mine getMine() {
        return mine;
    }

    public Map<Long, String> getCompanies() {
        return companies;
    }

    public List<MeetingViews.Card> getCards() {
        return cards;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public void setCompanyId(Long companyId) {
        this.companyId = companyId;
    }

    public String getOffer() {
        return offer;
    }

    public void setOffer(String offer) {
        this.offer = offer;
    }

    public String getSeek() {
        return seek;
    }

    public void setSeek(String seek) {
        this.seek = seek;
    }

    public List<Integer> getUnavailable() {
        return unavailable;
    }

    public void setUnavailable(List<Integer> unavailable) {
        this.unavailable = unavailable == null ? new ArrayList<>() : new ArrayList<>(unavailable);
    }

    public ParticipantKind getKind() {
        return kind;
    }

    public void setKind(ParticipantKind kind) {
        this.kind = kind;
    }

    public String getNaf() {
        return naf;
    }

    public void setNaf(String naf) {
        this.naf = naf;
    }

    public String getCompetence() {
        return competence;
    }

    public void setCompetence(String competence) {
        this.competence = competence;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public Map<Long, Boolean> getMustMeet() {
        return mustMeet;
    }
}
