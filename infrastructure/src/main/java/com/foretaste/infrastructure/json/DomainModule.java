package com.foretaste.infrastructure.json;

import com.foretaste.domain.guarantee.financing.Call;
import com.foretaste.domain.guarantee.financing.CallId;
import com.foretaste.domain.guarantee.financing.GuaranteeId;
import com.foretaste.domain.insurance.policy.ClaimId;
import com.foretaste.domain.insurance.policy.PolicyId;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.foretaste.domain.licensing.agreement.AgreementState;
import com.foretaste.domain.licensing.agreement.DueRule;
import com.foretaste.domain.licensing.agreement.PatentNumber;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Rate;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/** Jackson bindings for the domain's value objects and sealed families (see {@link ForetasteJson}). */
final class DomainModule extends SimpleModule {

    /** Sealed interfaces written with a {@link SealedFamilyMixin#KIND} member naming the record. */
    static final List<Class<?>> SEALED_FAMILIES = List.of(DueRule.class, AgreementState.class);

    DomainModule() {
        super("foretaste-domain");
        asString(AgreementId.class, AgreementId::toString, AgreementId::parse);
        asString(OrganisationId.class, OrganisationId::toString, OrganisationId::parse);
        asString(PolicyId.class, PolicyId::toString, PolicyId::parse);
        asString(ClaimId.class, ClaimId::toString, ClaimId::parse);
        asString(GuaranteeId.class, GuaranteeId::toString, GuaranteeId::parse);
        asString(CallId.class, CallId::toString, CallId::parse);
        asString(PatentNumber.class, PatentNumber::value, PatentNumber::new);
        asString(Rate.class, Rate::toString, Rate::of);
        setMixInAnnotation(Call.class, CallMixin.class);
        addSerializer(Money.class, new MoneySerializer());
        addDeserializer(Money.class, new MoneyDeserializer());
        for (Class<?> family : SEALED_FAMILIES) {
            setMixInAnnotation(family, SealedFamilyMixin.class);
            for (Class<?> member : family.getPermittedSubclasses()) {
                registerSubtypes(new NamedType(member, member.getSimpleName()));
            }
        }
    }

    /** Every other exact decimal (a price per share) is written as a string too, never as a float. */
    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
    }

    /** A guarantee call's {@code honoured} is the amount honoured; {@code isHonoured()} is derived from it. */
    abstract static class CallMixin {
        @JsonProperty("honoured")
        abstract Money honoured();

        @JsonIgnore
        abstract boolean isHonoured();
    }

    private <T> void asString(Class<T> type, Function<T, String> write, Function<String, T> read) {
        addSerializer(type, new JsonSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(write.apply(value));
            }
        });
        addDeserializer(type, new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return read.apply(p.getValueAsString());
            }
        });
    }

    private static final class MoneySerializer extends JsonSerializer<Money> {
        @Override
        public void serialize(Money money, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeStartObject();
            gen.writeStringField("amount", money.amount().toPlainString());
            gen.writeStringField("currency", money.currency().getCurrencyCode());
            gen.writeEndObject();
        }
    }

    private static final class MoneyDeserializer extends JsonDeserializer<Money> {
        @Override
        public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = p.readValueAsTree();
            return new Money(new BigDecimal(node.get("amount").asText()), Money.currency(node.get("currency").asText()));
        }
    }
}
