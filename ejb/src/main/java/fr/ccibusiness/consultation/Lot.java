package fr.ccibusiness.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A lot of a consultation: its number and title; companies respond, and are retained, lot by lot. */
@Entity
@Table(name = "consultation_lot")
public class Lot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "consultation_id")
    private Consultation consultation;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = Consultation.TITLE_MAX)
    private String title;

    protected Lot() {
    }

    Lot(Consultation consultation, int number, String title) {
        this.consultation = consultation;
        this.number = number;
        this.title = title;
    }

    public Long getId() {
        return id;
    }

    public Consultation getConsultation() {
        return consultation;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    /** "Lot 2 — Title", as pages, receipts and mail name it. */
    public String getLabel() {
        return "Lot " + number + " — " + title;
    }
}
