package fr.ccibusiness.audience;

import java.time.LocalDate;

/** The views of one page on one day. */
public record PageViews(LocalDate day, String page, long views) {

    public LocalDate getDay() {
        return day;
    }

    public String getPage() {
        return page;
    }

    public long getViews() {
        return views;
    }
}
