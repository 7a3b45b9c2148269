package com.foretaste.infrastructure.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * A fuzzer's corpus, generated from one valid body of an operation: every mutation makes the body
 * invalid (broken JSON, a member twice, content after the value, unknown members, wrong types, and
 * each leaf replaced by a hostile value of its kind), so the only right answer to each is a 4xx that
 * records nothing. The seeds of the report are among the cases; the rest is drawn from a
 * fixed seed, so a failure repeats.
 */
final class HostileCases {

    record Case(String name, String body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Escapes everything outside ASCII, so a lone surrogate reaches the service as the JSON escape it is. */
    private static final ObjectWriter ESCAPING = JSON.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);
    private static final Set<String> DECIMALS = Set.of("amount", "pricePerShare", "rate", "lateInterestDailyRate",
            "indemnityRatio", "premiumRate", "subsidyShare");
    private static final Set<String> DATES = Set.of("periodStart", "periodEnd", "dueOn", "premiumDueOn", "defaultedOn");
    private static final List<String> HOSTILE_DECIMALS = List.of("1e999999999", "1e-999999999", "-1e999999999",
            "0.0000000000000000000000000001", "123456789012345678901234567890123", "NaN", "Infinity", "0x10");
    private static final List<String> HOSTILE_DATES = List.of("+999999999-01-01", "999999999-12-31", "1899-12-31",
            "2200-01-01", "2026-02-30", "2026-13-01", "26-03-02");
    private static final List<Function<Random, String>> HOSTILE_TEXT = List.of(
            r -> "x".repeat(4001 + r.nextInt(4000)),
            r -> "a\u0000b",
            r -> "\u0007bell",
            r -> "lone \ud800 surrogate",
            r -> "\udc00",
            r -> "c1 \u009b control",
            r -> "del \u007f",
            r -> "CN" + "9".repeat(1_000_000));

    private HostileCases() {
    }

    static List<Case> from(String validBody, long seed) {
        Random random = new Random(seed);
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("truncated", validBody.substring(0, validBody.length() / 2)));
        cases.add(new Case("not json", "licensee=qinling"));
        cases.add(new Case("trailing object", validBody + " {}"));
        cases.add(new Case("trailing text", validBody + "garbage"));
        cases.add(new Case("array instead of object", "[" + validBody + "]"));
        JsonNode valid = read(validBody);
        if (valid.isObject() && valid.size() > 0) {
            Map.Entry<String, JsonNode> first = valid.fields().next();
            String last = validBody.substring(0, validBody.lastIndexOf('}'));
            cases.add(new Case("member repeated after the last", last + ", \"" + first.getKey() + "\": "
                    + first.getValue() + "}"));
            ObjectNode unknown = ((ObjectNode) valid.deepCopy()).put("zzzUnknown", 1);
            cases.add(new Case("unknown member", write(unknown)));
        }
        for (List<Object> path : leaves(valid, new ArrayList<>())) {
            String name = path.get(path.size() - 1).toString();
            boolean number = leaf(valid, path).isNumber();
            for (String value : replacements(name, leaf(valid, path), random)) {
                boolean raw = number || value.startsWith("{") || value.startsWith("[");
                cases.add(new Case(describe(path) + " = " + shorten(value), replaced(valid, path, value, raw)));
            }
        }
        return cases;
    }

    private static List<String> replacements(String name, JsonNode leaf, Random random) {
        if (DECIMALS.contains(name)) {
            return HOSTILE_DECIMALS;
        }
        if (DATES.contains(name)) {
            return HOSTILE_DATES;
        }
        if (leaf.isNumber()) {
            return List.of("1e999999999", "99999999999999999999999999", "[1]", "\"many\"", "{}");
        }
        return List.of(HOSTILE_TEXT.get(random.nextInt(HOSTILE_TEXT.size())).apply(random),
                HOSTILE_TEXT.get(random.nextInt(HOSTILE_TEXT.size())).apply(random), "{\"nested\": []}");
    }

    /** The paths of every scalar leaf: member names and array positions. */
    private static List<List<Object>> leaves(JsonNode node, List<Object> at) {
        List<List<Object>> found = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                found.addAll(leaves(member.getValue(), append(at, member.getKey())));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                found.addAll(leaves(node.get(i), append(at, i)));
            }
        } else if (!at.isEmpty()) {
            found.add(at);
        }
        return found;
    }

    /** The body with one leaf replaced: by a string, or by raw JSON text where the leaf is a number. */
    private static String replaced(JsonNode valid, List<Object> path, String value, boolean raw) {
        JsonNode copy = valid.deepCopy();
        JsonNode parent = leaf(copy, path.subList(0, path.size() - 1));
        String placeholder = "__hostile_raw_value__";
        JsonNode replacement = JsonNodeFactory.instance.textNode(raw ? placeholder : value);
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.set((String) last, replacement);
        } else {
            ((ArrayNode) parent).set((Integer) last, replacement);
        }
        return raw ? write(copy).replace("\"" + placeholder + "\"", value) : write(copy);
    }

    private static String write(JsonNode body) {
        try {
            return ESCAPING.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode leaf(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path) {
            node = step instanceof Integer i ? node.get(i) : node.get((String) step);
        }
        return node;
    }

    private static List<Object> append(List<Object> path, Object step) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(step);
        return longer;
    }

    private static String describe(List<Object> path) {
        return String.join(".", path.stream().map(Object::toString).toList());
    }

    private static String shorten(String value) {
        return value.length() > 24 ? value.substring(0, 24) + "…(" + value.length() + ")" : value;
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalArgumentException("not a valid body: " + body, e);
        }
    }
}
