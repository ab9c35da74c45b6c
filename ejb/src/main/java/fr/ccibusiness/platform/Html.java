package fr.ccibusiness.platform;

/** Escaping for text placed into HTML we build ourselves (e-mails). Pages escape through Faces. */
public final class Html {

    private Html() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The plain-text version of sanitised HTML (for the text part of e-mails): paragraphs and list
     * items on their own lines, links followed by their address, tags removed, entities decoded.
     */
    public static String toText(String sanitizedHtml) {
        String text = sanitizedHtml
                .replaceAll("(?i)<a [^>]*href=\"([^\"]*)\"[^>]*>(.*?)</a>", "$2 ($1)")
                .replaceAll("(?i)<br\\s*/?>", "\n")
                .replaceAll("(?i)<li[^>]*>", "\n- ")
                .replaceAll("(?i)</(p|h[1-6]|blockquote|address|ul|ol)>", "\n\n")
                .replaceAll("<[^>]+>", "");
        return decodeEntities(text).replaceAll("[ \t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    private static String decodeEntities(String text) {
        StringBuilder out = new StringBuilder(text.length());
        java.util.regex.Matcher entity = java.util.regex.Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);").matcher(text);
        while (entity.find()) {
            String name = entity.group(1);
            String decoded = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> "\u00a0";
                default -> new String(Character.toChars(name.startsWith("#x") || name.startsWith("#X")
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1))));
            };
            entity.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(decoded));
        }
        entity.appendTail(out);
        return out.toString();
    }
}
