package fr.ccibusiness.web.directory;

import fr.ccibusiness.web.support.Messages;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;

/**
 * The facets beside the directory's results, each value a link to the search filtered on it (or no
 * longer filtered, when it is): {@code <d:facetLinks groups="#{…}"/>}. Written by the component through
 * the page's writer, which escapes every text and attribute; the links and labels come made from the
 * page's bean ({@link DirectoryBacking#getFacetGroups}), their parameters already URL-encoded there, so
 * they are written as plain (escaped) attributes rather than parsed again as URIs.
 */
@FacesComponent(createTag = true, namespace = DirectoryMarkup.NAMESPACE, tagName = "facetLinks")
public class FacetLinks extends DirectoryMarkup {

    /** A facet and its values, as shown. */
    public record Group(String name, List<Link> links) {
    }

    /** A value of a facet: what it is called, how many companies have it, the address that filters on it or stops. */
    public record Link(String label, long count, boolean selected, String href) {
    }

    @Override
    @SuppressWarnings("unchecked")
    public void encodeBegin(FacesContext context) throws IOException {
        List<Group> groups = (List<Group>) getAttributes().get("groups");
        if (groups.isEmpty()) {
            return;
        }
        String remove = Messages.text("directory.facet.remove");
        ResponseWriter out = context.getResponseWriter();
        out.startElement("aside", this);
        out.writeAttribute("class", "facets", null);
        out.writeAttribute("aria-labelledby", "facets-title", null);
        out.startElement("h2", this);
        out.writeAttribute("id", "facets-title", null);
        out.writeText(Messages.text("directory.facets"), null);
        out.endElement("h2");
        for (Group group : groups) {
            String id = "facet-" + group.name();
            out.startElement("section", this);
            out.writeAttribute("class", "facet", null);
            out.writeAttribute("id", id, null);
            out.writeAttribute("aria-labelledby", id + "-title", null);
            out.startElement("h3", this);
            out.writeAttribute("id", id + "-title", null);
            out.writeText(Messages.text("directory.facet." + group.name()), null);
            out.endElement("h3");
            out.startElement("ul", this);
            for (Link link : group.links()) {
                out.startElement("li", this);
                out.startElement("a", this);
                out.writeAttribute("href", link.href(), null);
                if (link.selected()) {
                    out.writeAttribute("class", "facet-selected", null);
                    out.writeAttribute("aria-current", "true", null);
                    out.writeAttribute("title", remove, null);
                }
                out.writeText(link.label() + " ", null);
                textElement(out, "span", "count", "(" + link.count() + ")");
                if (link.selected()) {
                    out.writeText(" ", null);
                    out.startElement("span", this);
                    out.writeAttribute("aria-hidden", "true", null);
                    out.writeText("✕", null);
                    out.endElement("span");
                }
                out.endElement("a");
                out.endElement("li");
            }
            out.endElement("ul");
            out.endElement("section");
        }
        out.endElement("aside");
    }
}
