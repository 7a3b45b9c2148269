package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.shared.InvalidValueException;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A patent as identified by its published number. Only the shape is checked, not the registry:
 * a publication number (office code, 4 to 13 digits, kind code such as {@code CN114123456B} or
 * {@code US10123456B2}) or a Chinese patent number of the ZL form ({@code ZL202310123456.7}:
 * 8 or 12 digits, a dot and a check character). Spaces are removed and letters upper-cased.
 */
public record PatentNumber(String value) {

    private static final Pattern PUBLICATION = Pattern.compile("[A-Z]{2}\\d{4,13}[A-Z]\\d?");
    private static final Pattern ZL_NUMBER = Pattern.compile("ZL(\\d{8}|\\d{12})\\.[\\dX]");

    public PatentNumber {
        if (value == null) {
            throw new InvalidValueException("patent-number-shape", "a patent number is required");
        }
        value = value.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!PUBLICATION.matcher(value).matches() && !ZL_NUMBER.matcher(value).matches()) {
            throw new InvalidValueException("patent-number-shape", "'" + value
                    + "' is neither a publication number like CN114123456B nor a patent number like ZL202310123456.7");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
