package fr.ccibusiness.directory;

import java.io.Serializable;

/** The search form of the directory: free text and filters, a sort and a page. Blank means "any". */
public class DirectoryQuery implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int PAGE_SIZE = 20;
    public static final int TEXT_MAX = 200;
    /** Pages past the results counted and shown are not served: the search should be narrowed. */
    public static final int LAST_PAGE = ResultPage.MAX_RESULTS / PAGE_SIZE - 1;

    /** Companies: relevance (with text) or name; people: name. */
    public enum Sort {
        RELEVANCE,
        NAME
    }

    private String text;
    private Long communityId;
    private String departmentCode;
    private String communeCode;
    private String nafCode;
    private String certification;
    private String nafSection;
    private String nafDivision;
    private String workforceBand;
    private String competence;
    private Sort sort = Sort.RELEVANCE;
    private int page;

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    /**
     * A filter as long as its longest value at most (a NAF code has 6 characters): an address
     * carrying more is not answered with an error, but finds nothing.
     */
    private static String bounded(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max + 1);
    }

    static boolean filled(String value) {
        return value != null && !value.isBlank();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null ? null : text.strip().substring(0, Math.min(text.strip().length(), TEXT_MAX));
    }

    public Long getCommunityId() {
        return communityId;
    }

    public void setCommunityId(Long communityId) {
        this.communityId = communityId;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = bounded(departmentCode, 3);
    }

    public String getCommuneCode() {
        return communeCode;
    }

    public void setCommuneCode(String communeCode) {
        this.communeCode = bounded(communeCode, 5);
    }

    public String getNafCode() {
        return nafCode;
    }

    public void setNafCode(String nafCode) {
        this.nafCode = bounded(nafCode, 6);
    }

    public String getCertification() {
        return certification;
    }

    public void setCertification(String certification) {
        this.certification = bounded(certification, 60);
    }

    public String getNafSection() {
        return nafSection;
    }

    public void setNafSection(String nafSection) {
        this.nafSection = bounded(nafSection, 1);
    }

    public String getNafDivision() {
        return nafDivision;
    }

    public void setNafDivision(String nafDivision) {
        this.nafDivision = bounded(nafDivision, 2);
    }

    public String getWorkforceBand() {
        return workforceBand;
    }

    public void setWorkforceBand(String workforceBand) {
        this.workforceBand = bounded(workforceBand, 30);
    }

    public String getCompetence() {
        return competence;
    }

    public void setCompetence(String competence) {
        this.competence = bounded(competence, 60);
    }

    public Sort getSort() {
        return sort;
    }

    public void setSort(Sort sort) {
        this.sort = sort == null ? Sort.RELEVANCE : sort;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, Math.min(page, LAST_PAGE));
    }
}
