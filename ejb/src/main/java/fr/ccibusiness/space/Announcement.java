package fr.ccibusiness.space;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.community.Community;
import fr.ccibusiness.platform.HtmlSanitizer;
import fr.ccibusiness.platform.Html;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** An announcement of a community's animators: its rich text is kept only as sanitised HTML. */
@Entity
@Table(name = "announcement")
@NamedQuery(name = "Announcement.ofCommunity", query = "SELECT a FROM Announcement a WHERE a.community = :community"
        + " ORDER BY a.publishedAt DESC, a.id DESC")
public class Announcement {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 50_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "community_id")
    private Community community;

    @ManyToOne
    @JoinColumn(name = "author_id")
    private Account author;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected Announcement() {
    }

    Announcement(Community community, Account author, String title, String html, Instant now) {
        this.community = community;
        this.author = author;
        this.title = SpaceTexts.required(title, TITLE_MAX, "space.announcement.title");
        String safe = HtmlSanitizer.sanitize(html);
        if (Html.toText(safe).isBlank() || safe.length() > BODY_MAX) {
            throw new InvalidSpaceContentException("space.announcement.body");
        }
        this.bodyHtml = safe;
        this.publishedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
