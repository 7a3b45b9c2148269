package com.foretaste.application.insurance;

import com.foretaste.application.platform.HandledEvents;
import com.foretaste.domain.insurance.policy.PolicyCommand;
import com.foretaste.domain.insurance.policy.PolicyCommand.Applied;
import com.foretaste.domain.insurance.policy.PolicyEvent;
import com.foretaste.domain.insurance.policy.PolicyId;
import com.foretaste.domain.licensing.agreement.AgreementEvent;
import com.foretaste.domain.licensing.agreement.AgreementEvent.AgreementDefaulted;
import com.foretaste.domain.licensing.agreement.AgreementEvent.CreditApplied;
import com.foretaste.domain.licensing.agreement.AgreementEvent.DefaultCured;
import com.foretaste.domain.licensing.agreement.AgreementEvent.PaymentRecorded;
import com.foretaste.domain.licensing.agreement.Allocation;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The process manager between a licence agreement and the policies that cover it, fed by one ordered
 * stream of events: it learns which policies cover an agreement from their quotes, and tells each of them
 * of the agreement's defaults (a claim becomes fileable after the waiting period, filed by the policy where
 * it says so), cures (unpaid claims are withdrawn) and the licensee's payments (recoveries after a paid
 * claim). Exactly once: each event is acted on once ({@link HandledEvents}, in the transaction of what it
 * sends), each command it sends has an id derived from the event and the policy, and the policy itself
 * counts a licensee's payment once.
 */
public final class PolicyClaimsProcess {

    public static final String NAME = "policy-claims";

    private final PolicyCoverage coverage;
    private final HandledEvents handled;
    private final PlatformPolicyCommands commands;

    public PolicyClaimsProcess(PolicyCoverage coverage, HandledEvents handled, PlatformPolicyCommands commands) {
        this.coverage = coverage;
        this.handled = handled;
        this.commands = commands;
    }

    public void on(PolicyEvent event, String eventId) {
        if (event instanceof PolicyEvent.PolicyQuoted quoted && handled.firstTime(NAME, eventId)) {
            coverage.cover(quoted.terms().agreement(), quoted.policyId());
        }
    }

    public void on(AgreementEvent event, String eventId) {
        Function<PolicyId, PolicyCommand.ByPlatform> command = switch (event) {
            case AgreementDefaulted e -> policy -> new PolicyCommand.NoteDefault(policy, e.defaultedOn(), e.principal(),
                    e.interest(), e.receivables());
            case DefaultCured e -> policy -> new PolicyCommand.NoteCure(policy, e.curedOn());
            case PaymentRecorded e -> policy -> payment(policy, eventId, e.receivedOn(), e.allocations());
            case CreditApplied e -> policy -> payment(policy, eventId, e.appliedOn(), e.allocations());
            default -> null;
        };
        if (command == null) {
            return;
        }
        List<PolicyId> policies = coverage.policiesOf(event.agreementId());
        if (policies.isEmpty() || !handled.firstTime(NAME, eventId)) {
            return;
        }
        for (PolicyId policy : policies) {
            commands.send(command.apply(policy), commandId(eventId, policy));
        }
    }

    private static PolicyCommand.NoteLicenseePayment payment(PolicyId policy, String eventId, LocalDate on,
                                                             List<Allocation> allocations) {
        return new PolicyCommand.NoteLicenseePayment(policy, eventId, on, allocations.stream()
                .map(a -> new Applied(a.receivable(), a.total())).toList());
    }

    /** The same for the same event and policy, whichever node or replay sends it. */
    static String commandId(String eventId, PolicyId policy) {
        return UUID.nameUUIDFromBytes((NAME + "\n" + eventId + "\n" + policy).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Whether an agreement's event concerns the policies that cover it. */
    public static boolean concernsPolicies(AgreementEvent event) {
        return event instanceof AgreementDefaulted || event instanceof DefaultCured || event instanceof PaymentRecorded
                || event instanceof CreditApplied;
    }

}
