package fr.ccibusiness.web.directory;

import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;

/**
 * A part of the directory's page written by its component through the page's writer, which escapes
 * every text and attribute ({@link CompanyCards}, {@link FacetLinks}).
 */
abstract class DirectoryMarkup extends UIComponentBase {

    /** The namespace of the directory's components in a page (a name, not an address: nothing is loaded from it). */
    static final String NAMESPACE = "urn:ccibusiness:directory";

    @Override
    public String getFamily() {
        return "fr.ccibusiness.directory";
    }

    /** {@code <tag class="styleClass">text</tag>}, the text escaped. */
    void textElement(ResponseWriter out, String tag, String styleClass, String text) throws IOException {
        out.startElement(tag, this);
        out.writeAttribute("class", styleClass, null);
        out.writeText(text, null);
        out.endElement(tag);
    }
}
