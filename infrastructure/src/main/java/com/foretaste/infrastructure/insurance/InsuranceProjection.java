package com.foretaste.infrastructure.insurance;

import com.foretaste.domain.insurance.policy.ClaimId;
import com.foretaste.domain.insurance.policy.PolicyEvent;
import com.foretaste.domain.insurance.policy.PolicyEvent.*;
import com.foretaste.domain.shared.Money;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Feeds policy events, in a streaming processor of their own, to the insurance read models: policies
 * (`policy_summary`), the claims queue (`claim_queue`) and the movements of the insurer's figures
 * (`claim_movement`: reserve changes, indemnities paid, the insurer's share of recoveries). Each policy
 * row records the last event sequence folded in, so a redelivered event changes nothing; a reset empties
 * the tables for a rebuild.
 */
@Component
@ProcessingGroup(InsuranceProjection.PROCESSING_GROUP)
class InsuranceProjection {

    static final String PROCESSING_GROUP = "insurance-read-models";
    static final String RESERVE = "RESERVE";
    static final String PAID = "PAID";
    static final String RECOVERY = "RECOVERY";

    private final JdbcTemplate jdbc;

    InsuranceProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PolicyEvent event, @SequenceNumber long sequence) {
        UUID policy = event.policyId().value();
        List<Long> last = jdbc.queryForList("SELECT last_sequence FROM policy_summary WHERE policy_id = ?", Long.class, policy);
        if (event instanceof PolicyQuoted q) {
            if (last.isEmpty()) {
                quoted(q, sequence);
            }
            return;
        }
        if (last.isEmpty() || last.get(0) >= sequence) {
            return;
        }
        apply(event, policy, sequence);
        jdbc.update("UPDATE policy_summary SET last_sequence = ? WHERE policy_id = ?", sequence, policy);
    }

    private void apply(PolicyEvent event, UUID policy, long sequence) {
        switch (event) {
            case PolicyActivated e -> policyState(policy, "ACTIVE", "activated_on", e.activatedOn());
            case PolicyLapsed e -> policyState(policy, "LAPSED", "cover_ended_on", e.lapsedOn());
            case PolicyExpired e -> policyState(policy, "EXPIRED", "cover_ended_on", e.expiredOn());
            case PolicyCancelled e -> {
                policyState(policy, "CANCELLED", "cover_ended_on", e.cancelledOn());
                jdbc.update("UPDATE policy_summary SET earned_at_end = ? WHERE policy_id = ?", e.earned().amount(), policy);
            }
            case ClaimFiled e -> filed(e);
            case ClaimAssessed e -> reserve(e.claimId(), sequence, e.assessedOn(), e.reserve().amount(), "ASSESSING");
            case ClaimApproved e -> {
                reserve(e.claimId(), sequence, e.approvedOn(), e.indemnity().amount(), "APPROVED");
                jdbc.update("UPDATE claim_queue SET indemnity = ?, payment_due_on = ? WHERE claim_id = ?",
                        e.indemnity().amount(), e.paymentDueOn(), e.claimId().value());
            }
            case ClaimRejected e -> reserve(e.claimId(), sequence, e.rejectedOn(), BigDecimal.ZERO, "REJECTED");
            case ClaimWithdrawn e -> reserve(e.claimId(), sequence, e.withdrawnOn(), BigDecimal.ZERO, "WITHDRAWN");
            case ClaimPaid e -> {
                reserve(e.claimId(), sequence, e.paidOn(), BigDecimal.ZERO, "PAID");
                jdbc.update("UPDATE claim_queue SET paid_on = ? WHERE claim_id = ?", e.paidOn(), e.claimId().value());
                movement(e.claimId(), sequence, PAID, e.paidOn(), e.amount());
            }
            case RecoveryRecorded e -> {
                jdbc.update("UPDATE claim_queue SET recovered_by_insurer = recovered_by_insurer + ?,"
                        + " recovered_by_insured = recovered_by_insured + ? WHERE claim_id = ?",
                        e.insurerShare().amount(), e.insuredShare().amount(), e.claimId().value());
                movement(e.claimId(), sequence, RECOVERY, e.recordedOn(), e.insurerShare());
            }
            case ClaimClosed e -> jdbc.update("UPDATE claim_queue SET state = 'CLOSED' WHERE claim_id = ?", e.claimId().value());
            default -> {
                // premium payments, defaults, waiting periods and overdue payments: the queue computes those from dates
            }
        }
    }

    private void quoted(PolicyQuoted q, long sequence) {
        var t = q.terms();
        jdbc.update("INSERT INTO policy_summary (policy_id, agreement_id, insurer_id, insured_id, policyholder_id, state,"
                        + " currency, coverage_limit, premium, period_start, period_end, quoted_on, last_sequence)"
                        + " VALUES (?, ?, ?, ?, ?, 'QUOTED', ?, ?, ?, ?, ?, ?, ?)",
                q.policyId().value(), t.agreement().value(), t.insurer().value(), t.insured().value(),
                t.policyholder().value(), q.premium().total().currency().getCurrencyCode(), t.coverageLimit().amount(),
                q.premium().total().amount(), t.period().start(), t.period().endExclusive(), q.quotedOn(), sequence);
    }

    private void policyState(UUID policy, String state, String dateColumn, LocalDate date) {
        jdbc.update("UPDATE policy_summary SET state = ?, " + dateColumn + " = ? WHERE policy_id = ?", state, date, policy);
    }

    private void filed(ClaimFiled e) {
        jdbc.update("INSERT INTO claim_queue (claim_id, policy_id, agreement_id, insurer_id, insured_id, policyholder_id,"
                        + " state, currency, defaulted_on, loss, reserve, filed_on, automatic, recovered_by_insurer,"
                        + " recovered_by_insured) SELECT ?, policy_id, agreement_id, insurer_id, insured_id, policyholder_id,"
                        + " 'FILED', currency, ?, ?, 0, ?, ?, 0, 0 FROM policy_summary WHERE policy_id = ?",
                e.claimId().value(), e.defaultedOn(), e.loss().amount(), e.filedOn(), e.automatic(), e.policyId().value());
    }

    /** Sets the claim's reserve (and state), recording the change of reserve as a movement of its day. */
    private void reserve(ClaimId claim, long sequence, LocalDate on, BigDecimal reserve, String state) {
        BigDecimal before = jdbc.queryForObject("SELECT reserve FROM claim_queue WHERE claim_id = ?", BigDecimal.class,
                claim.value());
        jdbc.update("UPDATE claim_queue SET reserve = ?, state = ? WHERE claim_id = ?", reserve, state, claim.value());
        BigDecimal change = reserve.subtract(before);
        if (change.signum() != 0) {
            movement(claim, sequence, RESERVE, on, change);
        }
    }

    private void movement(ClaimId claim, long sequence, String kind, LocalDate on, Money amount) {
        movement(claim, sequence, kind, on, amount.amount());
    }

    private void movement(ClaimId claim, long sequence, String kind, LocalDate on, BigDecimal amount) {
        jdbc.update("INSERT INTO claim_movement (policy_id, sequence, claim_id, insurer_id, kind, moved_on, amount, currency)"
                        + " SELECT policy_id, ?, claim_id, insurer_id, ?, ?, ?, currency FROM claim_queue WHERE claim_id = ?",
                sequence, kind, on, amount, claim.value());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM claim_movement");
        jdbc.update("DELETE FROM claim_queue");
        jdbc.update("DELETE FROM policy_summary");
    }
}
