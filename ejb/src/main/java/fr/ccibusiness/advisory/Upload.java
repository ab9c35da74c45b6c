package fr.ccibusiness.advisory;

import java.io.InputStream;

/** A file a person sends with a request or a message: the name their browser gave and its bytes. */
public record Upload(String fileName, InputStream content) {
}
