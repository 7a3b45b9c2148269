package com.foretaste.infrastructure.support;

import com.foretaste.domain.licensing.agreement.AgreementEvent;
import com.foretaste.domain.licensing.agreement.AgreementEvent.*;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/** A sample of every agreement event (frozen as JSON by EventJsonTest), and which of them a handler shell takes. */
public final class AgreementEventSamples {

    private static final Map<Class<?>, AgreementEvent> SAMPLES = Map.ofEntries(
            entry(AgreementProposed.class, AgreementSamples.proposed()),
            entry(ProposalWithdrawn.class, AgreementSamples.withdrawn()),
            entry(TrialStarted.class, AgreementSamples.trialStarted()),
            entry(TrialFeeCharged.class, AgreementSamples.trialFeeCharged()),
            entry(TrialFeeDefaulted.class, AgreementSamples.trialFeeDefaulted()),
            entry(TrialExtended.class, AgreementSamples.trialExtended()),
            entry(TrialFindingsReported.class, AgreementSamples.trialFindingsReported()),
            entry(TrialEnded.class, AgreementSamples.trialEnded()),
            entry(LicencePurchased.class, LicenceSamples.purchased()),
            entry(LicenceConverted.class, LicenceSamples.converted()),
            entry(WalkedAway.class, AgreementSamples.walkedAway()),
            entry(AgreementLapsed.class, AgreementSamples.lapsed()),
            entry(AmountFellDue.class, LicenceSamples.amountFellDue()),
            entry(AmountOverdue.class, LicenceSamples.amountOverdue()),
            entry(DelinquencyBucketChanged.class, LicenceSamples.bucketChanged()),
            entry(PaymentRecorded.class, LicenceSamples.paymentRecorded()),
            entry(CreditApplied.class, LicenceSamples.creditApplied()),
            entry(RoyaltyReported.class, LicenceSamples.royaltyReported()),
            entry(LicenceYearClosed.class, LicenceSamples.licenceYearClosed()),
            entry(LateRoyaltyOffset.class, LicenceSamples.lateRoyaltyOffset()),
            entry(AgreementDefaulted.class, LicenceSamples.defaulted()),
            entry(DefaultCured.class, LicenceSamples.defaultCured()),
            entry(EquitySwapProposed.class, LicenceSamples.swapProposed()),
            entry(EquitySwapAgreed.class, LicenceSamples.swapAgreed()),
            entry(TerminatedForDefault.class, LicenceSamples.terminatedForDefault()),
            entry(TerminationProposed.class, LicenceSamples.terminationProposed()),
            entry(TerminatedByMutualConsent.class, LicenceSamples.terminatedByConsent()),
            entry(LicenceCompleted.class, LicenceSamples.completed()));

    private AgreementEventSamples() {
    }

    public static Map<Class<?>, AgreementEvent> byType() {
        return SAMPLES;
    }

    /** A sample of each type of the sealed family, in the family's order; fails for a type without one. */
    public static Stream<AgreementEvent> every() {
        return Arrays.stream(AgreementEvent.class.getPermittedSubclasses()).map(type -> {
            AgreementEvent sample = SAMPLES.get(type);
            if (sample == null) {
                throw new IllegalStateException("no sample of " + type.getSimpleName());
            }
            return sample;
        });
    }

    /**
     * Asserts that Axon hands {@code shell}'s annotated handlers exactly the agreement events {@code rule} accepts
     * (stored as an agreement's events), naming the types in both lists.
     */
    public static void assertTakesExactly(Object shell, Predicate<AgreementEvent> rule) {
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(shell);
        List<String> taken = every().filter(event -> takenBy(handlers, event)).map(AgreementEventSamples::name).toList();
        List<String> actedOn = every().filter(rule).map(AgreementEventSamples::name).toList();
        assertThat(taken).as("the agreement events %s takes", shell.getClass().getSimpleName())
                .isNotEmpty().containsExactlyElementsOf(actedOn);
    }

    private static boolean takenBy(AnnotationEventHandlerAdapter handlers, AgreementEvent event) {
        try {
            return handlers.canHandle(new GenericDomainEventMessage<>("Agreement", event.agreementId().toString(), 3, event));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String name(AgreementEvent event) {
        return event.getClass().getSimpleName();
    }
}
