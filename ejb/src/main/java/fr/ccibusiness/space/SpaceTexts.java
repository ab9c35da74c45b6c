package fr.ccibusiness.space;

/** The checks every title and name of the space goes through: present, short enough, no control characters. */
final class SpaceTexts {

    private SpaceTexts() {
    }

    static String required(String value, int max, String messageKey) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() || text.length() > max || text.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidSpaceContentException(messageKey);
        }
        return text;
    }
}
