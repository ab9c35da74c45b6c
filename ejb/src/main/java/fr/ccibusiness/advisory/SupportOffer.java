package fr.ccibusiness.advisory;

import fr.ccibusiness.account.Account;
import fr.ccibusiness.community.Cci;
import fr.ccibusiness.community.Community;
import fr.ccibusiness.platform.HtmlSanitizer;
import fr.ccibusiness.platform.Html;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A service of a CCI's catalogue. It guards its fields (one translated message per field) and its
 * audience: every member, or the members of some of the CCI's communities; its advisors are staff
 * of its CCI. Withdrawn from the catalogue rather than deleted, for the requests that name it.
 */
@Entity
@Table(name = "support_offer")
public class SupportOffer {

    public static final int TITLE_MAX = 150;
    public static final int DESCRIPTION_MAX = 20000;
    public static final int DURATION_MAX = 100;
    public static final int TARGET_MAX = 60;
    static final BigDecimal PRICE_MAX = new BigDecimal("9999999.99");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "cci_id")
    private Cci cci;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OfferCategory category;

    /** Sanitised when saved: safe to render as it is. */
    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "all_members", nullable = false)
    private boolean allMembers;

    @ManyToMany
    @JoinTable(name = "support_offer_community", joinColumns = @JoinColumn(name = "offer_id"),
            inverseJoinColumns = @JoinColumn(name = "community_id"))
    private Set<Community> communities = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "support_offer_advisor", joinColumns = @JoinColumn(name = "offer_id"),
            inverseJoinColumns = @JoinColumn(name = "account_id"))
    private Set<Account> advisors = new HashSet<>();

    @Column(name = "price_euros", precision = 9, scale = 2)
    private BigDecimal priceEuros;

    @Column(length = DURATION_MAX)
    private String duration;

    @Column(name = "target_days", nullable = false)
    private int targetDays;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected SupportOffer() {
    }

    /** A new service of {@code cci}'s catalogue; the communities and advisors are the CCI's, as the service chose them. */
    public SupportOffer(Cci cci, OfferForm form, Set<Community> audience, Set<Account> deliveredBy, Instant now) {
        this.cci = cci;
        this.createdAt = now;
        describe(form, audience, deliveredBy);
    }

    public final void describe(OfferForm form, Set<Community> audience, Set<Account> deliveredBy) {
        String newTitle = form.getTitle() == null ? "" : form.getTitle().strip();
        if (newTitle.isEmpty()) {
            throw new InvalidSupportException("support.title.required");
        }
        if (newTitle.length() > TITLE_MAX) {
            throw new InvalidSupportException("support.title.tooLong");
        }
        if (form.getCategory() == null) {
            throw new InvalidSupportException("support.category.required");
        }
        String html = HtmlSanitizer.sanitize(form.getDescriptionHtml());
        if (Html.toText(html).isBlank()) {
            throw new InvalidSupportException("support.description.required");
        }
        if (html.length() > DESCRIPTION_MAX) {
            throw new InvalidSupportException("support.description.tooLong");
        }
        if (!form.isAllMembers() && audience.isEmpty()) {
            throw new InvalidSupportException("support.communities.required");
        }
        BigDecimal price = form.getPriceEuros();
        if (price != null && (price.signum() < 0 || price.compareTo(PRICE_MAX) > 0 || price.scale() > 2)) {
            throw new InvalidSupportException("support.price.invalid");
        }
        String newDuration = form.getDuration() == null || form.getDuration().isBlank() ? null : form.getDuration().strip();
        if (newDuration != null && newDuration.length() > DURATION_MAX) {
            throw new InvalidSupportException("support.duration.tooLong");
        }
        if (form.getTargetDays() == null || form.getTargetDays() < 1 || form.getTargetDays() > TARGET_MAX) {
            throw new InvalidSupportException("support.targetDays.invalid");
        }
        if (deliveredBy.isEmpty()) {
            throw new InvalidSupportException("support.advisors.required");
        }
        this.title = newTitle;
        this.category = form.getCategory();
        this.description = html;
        this.allMembers = form.isAllMembers();
        this.communities = form.isAllMembers() ? new HashSet<>() : new HashSet<>(audience);
        this.advisors = new HashSet<>(deliveredBy);
        this.priceEuros = price == null || price.signum() == 0 ? null : price;
        this.duration = newDuration;
        this.targetDays = form.getTargetDays();
    }

    public OfferForm toForm() {
        OfferForm form = new OfferForm();
        form.setCciId(cci.getId());
        form.setTitle(title);
        form.setCategory(category);
        form.setDescriptionHtml(description);
        form.setAllMembers(allMembers);
        form.setCommunityIds(communities.stream().map(Community::getId).sorted().toList());
        form.setPriceEuros(priceEuros);
        form.setDuration(duration);
        form.setTargetDays(targetDays);
        form.setAdvisorIds(advisors.stream().map(Account::getId).sorted().toList());
        return form;
    }

    public void withdraw() {
        active = false;
    }

    public void restore() {
        active = true;
    }

    public Long getId() {
        return id;
    }

    public Cci getCci() {
        return cci;
    }

    public String getTitle() {
        return title;
    }

    public OfferCategory getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }

    public boolean isAllMembers() {
        return allMembers;
    }

    public Set<Community> getCommunities() {
        return Set.copyOf(communities);
    }

    public Set<Account> getAdvisors() {
        return Set.copyOf(advisors);
    }

    public BigDecimal getPriceEuros() {
        return priceEuros;
    }

    public String getDuration() {
        return duration;
    }

    public int getTargetDays() {
        return targetDays;
    }

    public boolean isActive() {
        return active;
    }
}
