package fr.ccibusiness.meeting;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * What an organiser types to set up the meeting session of an event: the days and their time slots
 * (length, break between two, a lunch gap), the tables, the end of the request period (Paris time),
 * the limits per participant kind, and what buyers may do with requests.
 */
public class SessionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate firstDay;
    private Integer days = 1;
    private LocalTime dayStart = LocalTime.of(9, 0);
    private Integer slotsPerDay = 16;
    private Integer slotMinutes = 20;
    private Integer breakMinutes = 5;
    private Integer lunchAfterSlot;
    private Integer lunchMinutes = 0;
    private Integer tables = 10;
    private String zones = "";
    private LocalDateTime requestsCloseAt;
    private Integer buyerMin = 0;
    private Integer buyerMax = 16;
    private Integer supplierMin = 0;
    private Integer supplierMax = 8;
    private BuyerRequests buyerRequests = BuyerRequests.BOTH;

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }

    public LocalTime getDayStart() {
        return dayStart;
    }

    public void setDayStart(LocalTime dayStart) {
        this.dayStart = dayStart;
    }

    public Integer getSlotsPerDay() {
        return slotsPerDay;
    }

    public void setSlotsPerDay(Integer slotsPerDay) {
        this.slotsPerDay = slotsPerDay;
    }

    public Integer getSlotMinutes() {
        return slotMinutes;
    }

    public void setSlotMinutes(Integer slotMinutes) {
        this.slotMinutes = slotMinutes;
    }

    public Integer getBreakMinutes() {
        return breakMinutes;
    }

    public void setBreakMinutes(Integer breakMinutes) {
        this.breakMinutes = breakMinutes;
    }

    public Integer getLunchAfterSlot() {
        return lunchAfterSlot;
    }

    public void setLunchAfterSlot(Integer lunchAfterSlot) {
        this.lunchAfterSlot = lunchAfterSlot;
    }

    public Integer getLunchMinutes() {
        return lunchMinutes;
    }

    public void setLunchMinutes(Integer lunchMinutes) {
        this.lunchMinutes = lunchMinutes;
    }

    public Integer getTables() {
        return tables;
    }

    public void setTables(Integer tables) {
        this.tables = tables;
    }

    public String getZones() {
        return zones;
    }

    public void setZones(String zones) {
        this.zones = zones;
    }

    public LocalDateTime getRequestsCloseAt() {
        return requestsCloseAt;
    }

    public void setRequestsCloseAt(LocalDateTime requestsCloseAt) {
        this.requestsCloseAt = requestsCloseAt;
    }

    public Integer getBuyerMin() {
        return buyerMin;
    }

    public void setBuyerMin(Integer buyerMin) {
        this.buyerMin = buyerMin;
    }

    public Integer getBuyerMax() {
        return buyerMax;
    }

    public void setBuyerMax(Integer buyerMax) {
        this.buyerMax = buyerMax;
    }

    public Integer getSupplierMin() {
        return supplierMin;
    }

    public void setSupplierMin(Integer supplierMin) {
        this.supplierMin = supplierMin;
    }

    public Integer getSupplierMax() {
        return supplierMax;
    }

    public void setSupplierMax(Integer supplierMax) {
        this.supplierMax = supplierMax;
    }

    public BuyerRequests getBuyerRequests() {
        return buyerRequests;
    }

    public void setBuyerRequests(BuyerRequests buyerRequests) {
        this.buyerRequests = buyerRequests;
    }
}
