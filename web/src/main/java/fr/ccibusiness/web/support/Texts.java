package fr.ccibusiness.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Collection;

/** Small text helpers for pages (Expression Language 5 cannot call static methods such as String.join). */
@Named
@ApplicationScoped
public class Texts {

    public String join(Collection<String> values) {
        return values == null ? "" : String.join(", ", values);
    }
}
