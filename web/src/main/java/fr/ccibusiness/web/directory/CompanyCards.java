package fr.ccibusiness.web.directory;

import fr.ccibusiness.directory.CompanyHit;
import fr.ccibusiness.web.support.Messages;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The directory's results as cards: {@code <d:companyCards hits="#{…}"/>}. Written by the component
 * itself through the page's writer (which escapes every text and attribute), not by a {@code ui:repeat}
 * evaluating a dozen expressions per card: twenty cards cost what one expression-rich line did. The
 * name and excerpt are Lucene's highlighter output, escaped but for their {@code <mark>}, written as
 * they are.
 */
@FacesComponent(createTag = true, namespace = DirectoryMarkup.NAMESPACE, tagName = "companyCards")
public class CompanyCards extends DirectoryMarkup {

    @Override
    @SuppressWarnings("unchecked")
    public void encodeBegin(FacesContext context) throws IOException {
        List<CompanyHit> hits = (List<CompanyHit>) getAttributes().get("hits");
        String contextPath = context.getExternalContext().getRequestContextPath();
        String communitiesLabel = Messages.text("directory.hit.communities");
        ResponseWriter out = context.getResponseWriter();
        out.startElement("ol", this);
        out.writeAttribute("id", "company-results", null);
        out.writeAttribute("class", "result-cards", null);
        for (CompanyHit hit : hits) {
            out.startElement("li", this);
            out.writeAttribute("class", "result-card", null);
            out.startElement("h3", this);
            out.startElement("a", this);
            out.writeAttribute("href", contextPath + "/company.xhtml?id=" + hit.getId(), null);
            out.write(hit.getNameHtml());
            out.endElement("a");
            out.endElement("h3");
            textElement(out, "p", "result-meta", Stream.of(hit.getNafCode(), hit.getNafLabel(), "—", hit.getPostalCode(), hit.getCommune())
                    .filter(Objects::nonNull).collect(Collectors.joining(" ")));
            if (hit.getExcerptHtml() != null) {
                out.startElement("p", this);
                out.writeAttribute("class", "result-excerpt", null);
                out.write(hit.getExcerptHtml());
                out.endElement("p");
            }
            if (!hit.getCommunities().isEmpty()) {
                textElement(out, "p", "result-communities", communitiesLabel + " " + String.join(", ", hit.getCommunities()));
            }
            out.endElement("li");
        }
        out.endElement("ol");
    }
}
