package fr.ccibusiness.web.support;

import fr.ccibusiness.platform.Csv;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.export.ColumnValue;

/**
 * PrimeFaces' CSV export of a table, registered in its place for every table by {@link ExportersRegistration}:
 * a value that a spreadsheet would run as a formula (it begins with =, +, -, @, a tab or a carriage
 * return: a name or an address chosen by anyone who registers) is written with a quote before it, by
 * the rule of the platform's own CSV files ({@link Csv#inert}), so that a console's export cannot run
 * anything where it is opened.
 */
public class SpreadsheetSafeCsvExporter extends DataTableCSVExporter {

    @Override
    protected void exportCellValue(FacesContext context, DataTable table, UIColumn column, ColumnValue value, int index) {
        super.exportCellValue(context, table, column, ColumnValue.of(Csv.inert(value.toString())), index);
    }
}
