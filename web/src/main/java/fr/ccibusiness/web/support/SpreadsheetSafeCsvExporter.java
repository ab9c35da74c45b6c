package fr.ccibusiness.web.support;

import jakarta.faces.context.FacesContext;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.export.ColumnValue;

/**
 * PrimeFaces' CSV export of a table, registered in its place for every table by {@link ExportersRegistration}:
 * a value that a spreadsheet would run as a formula (it begins with =, +, -, @, a tab or a carriage
 * return: a name or an address chosen by anyone who registers) is written with a quote before it, as
 * the platform's own CSV files do, so that a console's export cannot run anything where it is opened.
 */
public class SpreadsheetSafeCsvExporter extends DataTableCSVExporter {

    @Override
    protected void exportCellValue(FacesContext context, DataTable table, UIColumn column, ColumnValue value, int index) {
        super.exportCellValue(context, table, column, ColumnValue.of(inert(value.toString())), index);
    }

    /** {@code text} as a spreadsheet shows it without running it. */
    static String inert(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
