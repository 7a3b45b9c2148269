package com.foretaste.domain.shared;

import java.util.UUID;
import java.util.regex.Pattern;

/** Parses typed ids from text, naming the rule when the text is not a UUID. */
final class Ids {

    /** The canonical 8-4-4-4-12 form; {@link UUID#fromString} alone also takes short groups. */
    private static final Pattern CANONICAL = Pattern.compile(
            "\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    private Ids() {
    }

    static UUID uuid(String text, String kind) {
        if (text == null || !CANONICAL.matcher(text.trim()).matches()) {
            throw new InvalidValueException("id-uuid", "'" + text + "' is not a valid " + kind + " id (a UUID)");
        }
        return UUID.fromString(text.trim());
    }
}
