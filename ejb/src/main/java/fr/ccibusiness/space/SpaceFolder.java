package fr.ccibusiness.space;

import fr.ccibusiness.community.Community;
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

/** A folder of a community's space, inside another folder or at its root (no parent). */
@Entity
@Table(name = "space_folder")
@NamedQuery(name = "SpaceFolder.roots", query = "SELECT f FROM SpaceFolder f WHERE f.community = :community"
        + " AND f.parent IS NULL ORDER BY f.name")
@NamedQuery(name = "SpaceFolder.children", query = "SELECT f FROM SpaceFolder f WHERE f.parent = :parent ORDER BY f.name")
public class SpaceFolder {

    public static final int NAME_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "community_id")
    private Community community;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private SpaceFolder parent;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SpaceFolder() {
    }

    SpaceFolder(Community community, SpaceFolder parent, String name, Instant now) {
        this.community = community;
        this.parent = parent;
        this.name = SpaceTexts.required(name, NAME_MAX, "space.folder.name");
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Community getCommunity() {
        return community;
    }

    public SpaceFolder getParent() {
        return parent;
    }

    public String getName() {
        return name;
    }
}
