package fr.ccibusiness.web.support;

/**
 * A page's backing bean whose lazy table is exported by /WEB-INF/includes/exports.xhtml: between the
 * export button's listener and the exporter's post-processor, the table's reads are an export's parts,
 * which the service audits as an export.
 */
public interface ExportedTable {

    /** The table's model. */
    AuditedLazyModel<?> exportedList();

    /** Before the exporter reads the table. */
    default void exportStarts(String format) {
        exportedList().exporting(format);
    }

    /** After the export is written: the table's pages are views again. */
    default void exportEnds(Object document) {
        exportedList().exporting(null);
    }
}
