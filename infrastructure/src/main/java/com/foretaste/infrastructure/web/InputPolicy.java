package com.foretaste.infrastructure.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The one input policy of the API (docs/security.md, "Input limits"), applied while the request body
 * is read and before any arithmetic: decimals of bounded digits and exponent, text of bounded length
 * without control characters, dates within the platform's calendar, no member given twice, nothing
 * after the JSON value. Stored events are read by another mapper and are not subject to it.
 */
public final class InputPolicy {

    /** Longest text member, in characters. */
    public static final int MAX_TEXT = 4000;
    /** Most significant digits of a decimal, and most places after its point. */
    public static final int MAX_DIGITS = 30;
    public static final int MAX_DECIMAL_PLACES = 18;
    public static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_DATE = LocalDate.of(2199, 12, 31);

    private InputPolicy() {
    }

    /** Puts the policy on the API's mapper. */
    public static ObjectMapper apply(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNumberLength(64).maxNestingDepth(32).maxStringLength(1_000_000).build());
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        return mapper.registerModule(new SimpleModule("foretaste-input-policy")
                .addDeserializer(BigDecimal.class, new Decimals())
                .addDeserializer(String.class, new Texts())
                .addDeserializer(LocalDate.class, new Dates()));
    }

    /** A refusal of the input policy: which rule, in words a caller can act on. */
    public static final class Violation extends JsonMappingException {
        private final String rule;

        Violation(JsonParser parser, String rule, String message) {
            super(parser, message);
            this.rule = rule;
        }

        public String rule() {
            return rule;
        }
    }

    private static final class Decimals extends JsonDeserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING && !p.currentToken().isNumeric()) {
                throw new Violation(p, "decimal", "a decimal is expected, as a string such as \"0.0005\" or a number");
            }
            String text = p.getText().trim();
            if (text.length() > 2 * MAX_DIGITS + 8) {
                // refused before parsing: turning a million digits into a number costs seconds of CPU
                throw new Violation(p, "decimal-bounds", "a decimal has at most " + MAX_DIGITS + " digits and "
                        + MAX_DECIMAL_PLACES + " decimal places");
            }
            BigDecimal value;
            try {
                value = new BigDecimal(text);
            } catch (NumberFormatException notADecimal) {
                throw new Violation(p, "decimal", "a decimal such as \"1234.56\" is expected");
            }
            if (value.precision() > MAX_DIGITS || value.scale() > MAX_DECIMAL_PLACES || value.scale() < -MAX_DIGITS) {
                throw new Violation(p, "decimal-bounds", "a decimal has at most " + MAX_DIGITS + " digits and "
                        + MAX_DECIMAL_PLACES + " decimal places");
            }
            return value;
        }
    }

    private static final class Texts extends JsonDeserializer<String> {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw new Violation(p, "text", "a string is expected");
            }
            String text = p.getText();
            if (text.length() > MAX_TEXT) {
                throw new Violation(p, "text-length", "text is at most " + MAX_TEXT + " characters");
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (isControl(c)) {
                    throw new Violation(p, "text-printable", "text may not contain control characters (found U+"
                            + String.format("%04X", (int) c) + " at " + i + ")");
                }
                if (Character.isSurrogate(c)) {
                    if (!Character.isHighSurrogate(c) || i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                        throw new Violation(p, "text-printable", "text may not contain a lone surrogate (at " + i + ")");
                    }
                    i++;
                }
            }
            return text;
        }

        /** Line breaks and tabs are text; every other C0 or C1 control character and DEL are not. */
        private static boolean isControl(char c) {
            return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
        }
    }

    private static final class Dates extends JsonDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING || p.getText().length() > 10) {
                throw new Violation(p, "date", "a date such as \"2026-03-02\" is expected");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(p.getText());
            } catch (DateTimeParseException notADate) {
                throw new Violation(p, "date", "a date such as \"2026-03-02\" is expected");
            }
            if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
                throw new Violation(p, "date-range", "a date lies between " + FIRST_DATE + " and " + LAST_DATE);
            }
            return date;
        }
    }
}
