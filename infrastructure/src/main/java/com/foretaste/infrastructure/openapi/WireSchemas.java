package com.foretaste.infrastructure.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.foretaste.domain.licensing.agreement.PatentNumber;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Rate;
import com.foretaste.infrastructure.json.ForetasteJson;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The schemas of the JSON that {@link ForetasteJson} writes, rather than of the Java types behind it:
 * ids, rates, currencies and exact decimals as strings, money as {@code {amount, currency}}, a sealed
 * family as {@code oneOf} its records with the {@code kind} discriminator, and a record as its
 * components only (helpers such as {@code isAgreed()} are never written).
 */
final class WireSchemas implements ModelConverter {

    static final String REF = "#/components/schemas/";
    static final String MONEY = "Money";
    static final String DECIMAL_PATTERN = "^-?\\d+(\\.\\d+)?$";

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        Schema<?> value = value(raw);
        if (value != null) {
            return value;
        }
        if (raw == Money.class) {
            context.defineModel(MONEY, money());
            return new Schema<>().$ref(REF + MONEY);
        }
        if (ForetasteJson.sealedFamilies().contains(raw)) {
            return family(raw, context);
        }
        Schema<?> resolved = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        if (raw.isRecord() && resolved != null) {
            componentsOnly(raw, defined(resolved, context));
        }
        return resolved;
    }

    /** A value written as a JSON string (or, for an event's payload, any object); a fresh schema each time. */
    private static Schema<?> value(Class<?> raw) {
        if (raw == AgreementId.class || raw == OrganisationId.class) {
            return new StringSchema().format("uuid");
        }
        if (raw == Rate.class) {
            return decimal().description("An exact, non-negative ratio as a decimal string: \"0.03\" is three percent.")
                    .example("0.03");
        }
        if (raw == BigDecimal.class) {
            return decimal();
        }
        if (raw == Currency.class) {
            return currency();
        }
        if (raw == PatentNumber.class) {
            return new StringSchema().example("CN114123456B");
        }
        if (raw == JsonNode.class) {
            return new ObjectSchema().additionalProperties(true);
        }
        return null;
    }

    static Schema<?> decimal() {
        return new StringSchema().format("decimal").pattern(DECIMAL_PATTERN);
    }

    static Schema<?> currency() {
        return new StringSchema().pattern("^[A-Z]{3}$").description("ISO 4217 currency code").example("CNY");
    }

    private static Schema<?> money() {
        return new ObjectSchema()
                .description("An exact amount in one currency, at the currency's minor unit.")
                .addProperty("amount", decimal().example("300000.00"))
                .addProperty("currency", currency())
                .required(List.of("amount", "currency"));
    }

    /** {@code oneOf} the family's records, each with a required {@code kind} naming it. */
    private static Schema<?> family(Class<?> family, ModelConverterContext context) {
        String kind = ForetasteJson.discriminator();
        ComposedSchema union = new ComposedSchema();
        Discriminator discriminator = new Discriminator().propertyName(kind);
        for (Class<?> member : family.getPermittedSubclasses()) {
            String name = member.getSimpleName();
            Schema<?> schema = defined(context.resolve(new AnnotatedType(member).resolveAsRef(true)), context);
            schema.addProperty(kind, new StringSchema()._enum(List.of(name)));
            schema.setRequired(prepend(kind, schema.getRequired()));
            union.addOneOfItem(new Schema<>().$ref(REF + name));
            discriminator.mapping(name, REF + name);
        }
        union.discriminator(discriminator);
        context.defineModel(family.getSimpleName(), union);
        return new Schema<>().$ref(REF + family.getSimpleName());
    }

    /** Keeps the record's components, and requires the primitive ones (never null, so always written). */
    private static void componentsOnly(Class<?> record, Schema<?> model) {
        if (model == null || model.getProperties() == null) {
            return;
        }
        RecordComponent[] components = record.getRecordComponents();
        Set<String> names = Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
        model.getProperties().keySet().retainAll(names);
        for (RecordComponent component : components) {
            String name = component.getName();
            boolean required = model.getRequired() != null && model.getRequired().contains(name);
            if (component.getType().isPrimitive() && model.getProperties().containsKey(name) && !required) {
                model.addRequiredItem(name);
            }
        }
    }

    private static Schema<?> defined(Schema<?> resolved, ModelConverterContext context) {
        if (resolved.get$ref() != null) {
            return context.getDefinedModels().get(resolved.get$ref().substring(REF.length()));
        }
        return resolved.getName() != null && context.getDefinedModels().containsKey(resolved.getName())
                ? context.getDefinedModels().get(resolved.getName()) : resolved;
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        if (rest != null) {
            rest.stream().filter(r -> !r.equals(first)).forEach(all::add);
        }
        return all;
    }
}
