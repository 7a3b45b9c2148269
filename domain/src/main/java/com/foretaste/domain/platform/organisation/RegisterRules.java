package com.foretaste.domain.platform.organisation;

import com.foretaste.domain.shared.Rejection;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape of what is registered: names a person can read, usernames a person can type, and an
 * industry code of China's national classification (GB/T 4754: a section letter A to T, optionally
 * followed by a division, group or class of two, three or four digits, e.g. {@code C}, {@code C34},
 * {@code C3484}), which dashboards use to break exposure down by industry.
 */
final class RegisterRules {

    static final int MAX_NAME = 200;
    static final int MAX_REASON = 1000;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final Pattern INDUSTRY_CODE = Pattern.compile("[A-T](\\d{2}\\d{0,2})?");

    private RegisterRules() {
    }

    static Optional<Rejection> name(String name, String field, String rule) {
        if (name == null || name.isBlank() || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            return Optional.of(Rejection.invalid(rule, field, field + " must be 1 to " + MAX_NAME
                    + " characters of text, not blank"));
        }
        return Optional.empty();
    }

    static Optional<Rejection> username(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            return Optional.of(Rejection.invalid("username-shape", "username", "a username is 2 to 64 characters:"
                    + " lower-case letters, digits, '.', '_' or '-', starting with a letter or digit"));
        }
        return Optional.empty();
    }

    static Optional<Rejection> industryCode(String code) {
        if (code != null && !INDUSTRY_CODE.matcher(code).matches()) {
            return Optional.of(Rejection.invalid("industry-code-gb-t-4754", "industryCode", "'" + code
                    + "' is not a GB/T 4754 industry code: a letter A to T, optionally followed by 2, 3 or 4 digits"));
        }
        return Optional.empty();
    }

    static Optional<Rejection> reason(String reason) {
        if (reason != null && (reason.length() > MAX_REASON || reason.chars().anyMatch(c -> c < 0x20 && c != '\n'))) {
            return Optional.of(Rejection.invalid("reason-text", "reason", "a reason is at most " + MAX_REASON
                    + " characters of text"));
        }
        return Optional.empty();
    }
}
