package com.foretaste.infrastructure.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.foretaste.domain.guarantee.financing.Actor;
import com.foretaste.domain.guarantee.financing.GuaranteeCommand;
import com.foretaste.domain.guarantee.financing.GuaranteeId;
import com.foretaste.domain.insurance.policy.PolicyCommand;
import com.foretaste.domain.insurance.policy.PolicyId;
import com.foretaste.domain.licensing.agreement.AgreementCommand;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.infrastructure.axon.MetadataKeys;
import com.foretaste.infrastructure.guarantee.ExecuteGuaranteeCommand;
import com.foretaste.infrastructure.insurance.ExecutePolicyCommand;
import com.foretaste.infrastructure.licensing.ExecuteAgreementCommand;
import com.foretaste.infrastructure.support.Api;
import com.foretaste.infrastructure.support.Proposals;
import com.foretaste.infrastructure.support.TestClockConfiguration;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import static com.foretaste.infrastructure.support.TestUsers.AGENCY_ORG;
import static com.foretaste.infrastructure.support.TestUsers.OPERATOR_ORG;
import static com.foretaste.infrastructure.support.TestUsers.QINLING_ORG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * What the tests of reading the store in commit order do to a running node and read back from it: appends
 * held open, appends rolled back, the read model and the processors' saved tokens.
 */
final class StoreReadingScenarios {

    /** Axon's JDBC default: a visible event older than this leaves no gap below it. */
    static final Duration AXON_GAP_TIMEOUT = Duration.ofSeconds(60);
    /** Axon's pooled processors: a segment that handles none of the events it reads saves its token this often. */
    private static final Duration CLAIM_EXTENSION = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConfigurableApplicationContext node;
    private final Function<String, Api> users;
    private final JdbcTemplate jdbc;

    StoreReadingScenarios(ConfigurableApplicationContext node, Function<String, Api> users) {
        this.node = node;
        this.users = users;
        this.jdbc = node.getBean(JdbcTemplate.class);
    }

    /** What the held transaction changed: an agreement accepted, a policy cancelled by its holder, a guarantee declined. */
    record LateCommit(String agreement, String policy, String guarantee, long index) {
    }

    /**
     * Axon #4829: two appends held open past Axon's gap timeout, the later position committing first; then
     * the earlier one commits, and a later event is appended after it. The earlier transaction accepts an
     * agreement, cancels a policy and declines a guarantee, so that each read model has an event in it. The
     * test clock, which Axon stamps events and measures the gap timeout with, moves on and stays there (set
     * back, it would hold the pooled processors' token saves back as long).
     */
    LateCommit lateCommitPastTheGapTimeout() {
        String held = propose();
        String policy = quotedPolicy();
        String guarantee = requestedGuarantee();
        String later = propose();
        CommandGateway gateway = node.getBean(CommandGateway.class);
        Runnable heldCommands = () -> {
            accept(gateway, held);
            send(gateway, ExecutePolicyCommand.of(new PolicyCommand.CancelPolicy(new PolicyId(UUID.fromString(policy)),
                    new com.foretaste.domain.insurance.policy.Actor(organisation(QINLING_ORG), "qinling"), null)),
                    "qinling", QINLING_ORG, "LICENSEE");
            send(gateway, ExecuteGuaranteeCommand.of(new GuaranteeCommand.DeclineGuarantee(
                    new GuaranteeId(UUID.fromString(guarantee)), new Actor(organisation(AGENCY_ORG), "agency"),
                    "collateral too thin")), "agency", AGENCY_ORG, "GUARANTOR");
        };
        try (HeldAppend first = HeldAppend.of(node, heldCommands, held, policy, guarantee);
             HeldAppend second = HeldAppend.of(node, () -> accept(gateway, later), later)) {
            assertThat(second.index()).isGreaterThan(first.index());
            TestClockConfiguration.CLOCK.advance(AXON_GAP_TIMEOUT.plusSeconds(1));

            second.commit();
            await().atMost(Duration.ofSeconds(20)).until(() -> "TRIAL".equals(summaryStatus(later)));
            first.commit();
            String after = propose();
            await().atMost(Duration.ofSeconds(20)).until(() -> summaryStatus(after) != null);
            return new LateCommit(held, policy, guarantee, first.index());
        }
    }

    /** Seventeen conflicting appends and three commands whose transaction rolled back; answers the last position they took. */
    long rolledBackAppends() {
        String agreement = propose();
        assertThat(users.apply("qinling").post("/api/agreements/" + agreement + "/acceptance", null).status())
                .isEqualTo(200);
        EventStore events = node.getBean(EventStore.class);
        Object accepted = events.readEvents(agreement, 1L).next().getPayload();
        for (int conflict = 0; conflict < 17; conflict++) {
            assertThatThrownBy(() -> events.publish(new GenericDomainEventMessage<>("AgreementAggregate", agreement, 1L,
                    accepted))).as("a second writer of event 1").isInstanceOf(ConcurrencyException.class);
        }
        TransactionTemplate transaction = new TransactionTemplate(node.getBean(PlatformTransactionManager.class));
        for (int rollback = 0; rollback < 3; rollback++) {
            String other = propose();
            transaction.executeWithoutResult(status -> {
                accept(node.getBean(CommandGateway.class), other);
                status.setRollbackOnly();
            });
        }
        // the next append takes the position after the last one taken
        String next = propose();
        long last = jdbc.queryForObject("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, next) - 1;
        assertThat(last - jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE global_index <= ?",
                Long.class, last)).as("positions taken by appends that rolled back").isGreaterThanOrEqualTo(20);
        return last;
    }

    String propose() {
        Api.Response proposed = users.apply("university").post("/api/agreements", Proposals.shaanxiStyle(QINLING_ORG));
        assertThat(proposed.status()).as(proposed.text()).isEqualTo(201);
        return proposed.json().get("id").asText();
    }

    /** A policy quoted by the insurer on a licensed agreement. */
    private String quotedPolicy() {
        String agreement = propose();
        for (String step : new String[] {"acceptance", "purchase"}) {
            Api.Response r = users.apply("qinling").post("/api/agreements/" + agreement + "/" + step, null);
            assertThat(r.status()).as(r.text()).isEqualTo(200);
        }
        Api.Response quoted = users.apply("insurer").post("/api/policies", """
                {"agreementId": "%s",
                 "coverageLimit": {"amount": "250000.00"}, "indemnityRatio": "0.8", "deductible": {"amount": "10000.00"},
                 "insuredAmount": {"amount": "300000.00"}, "premiumRate": "0.02",
                 "subsidyShare": "0.4", "subsidisedBy": "%s", "waitingPeriodDays": 90, "paymentPeriodDays": 30,
                 "secondApprovalAbove": {"amount": "50000.00"}, "automaticFiling": false}
                """.formatted(agreement, OPERATOR_ORG));
        assertThat(quoted.status()).as(quoted.text()).isEqualTo(201);
        return quoted.json().get("id").asText();
    }

    /** A guarantee requested by the licensee on an agreement in trial. */
    private String requestedGuarantee() {
        String agreement = propose();
        assertThat(users.apply("qinling").post("/api/agreements/" + agreement + "/acceptance", null).status()).isEqualTo(200);
        Api.Response requested = users.apply("qinling").post("/api/guarantees", """
                {"agreementId": "%s", "guarantor": "%s", "cap": {"amount": "300000.00"}, "coverageRatio": "0.7",
                 "annualFeeRate": "0.02", "programme": "XIAN"}
                """.formatted(agreement, AGENCY_ORG));
        assertThat(requested.status()).as(requested.text()).isEqualTo(201);
        return requested.json().get("id").asText();
    }

    String policyState(String policy) {
        return state("SELECT state FROM policy_summary WHERE policy_id = ?", policy);
    }

    String guaranteeState(String guarantee) {
        return state("SELECT state FROM guarantee_summary WHERE guarantee_id = ?", guarantee);
    }

    private String state(String query, String id) {
        List<String> state = jdbc.queryForList(query, String.class, UUID.fromString(id));
        return state.isEmpty() ? null : state.get(0);
    }

    String summaryStatus(String agreement) {
        List<String> status = jdbc.queryForList("SELECT status FROM agreement_summary WHERE agreement_id = ?",
                String.class, UUID.fromString(agreement));
        return status.isEmpty() ? null : status.get(0);
    }

    /**
     * The saved tokens, after one more event: tokens are saved with the events that follow, and a pooled
     * segment that handles none of them saves its token only once Axon's clock (the test clock, which does
     * not tick) has passed the claim extension time since its last save.
     */
    List<Position> savedAfterAnotherEvent() {
        TestClockConfiguration.CLOCK.advance(CLAIM_EXTENSION.plusSeconds(1));
        propose();
        return jdbc.query("SELECT processor_name, segment, token, token_type FROM token_entry", (rs, i) -> {
            if (rs.getBytes(3) == null) {
                return new Position(rs.getString(1), rs.getInt(2), -1, Set.of()); // before the first event
            }
            JsonNode token = json(rs.getBytes(3));
            if (rs.getString(4).endsWith("ReplayToken")) {
                token = token.get("currentToken");
            }
            Set<Long> gaps = new TreeSet<>();
            token.get("gaps").forEach(gap -> gaps.add(gap.asLong()));
            return new Position(rs.getString(1), rs.getInt(2), token.get("index").asLong(), gaps);
        });
    }

    /** Where a segment of a streaming processor stands, as its token in token_entry says. */
    record Position(String processor, int segment, long index, Set<Long> gaps) {

        boolean passed(long position) {
            return index >= position && !gaps.contains(position);
        }
    }

    /** The licensee accepts the trial, in the caller's transaction if there is one, with the metadata the API sets. */
    private static void accept(CommandGateway gateway, String agreement) {
        AgreementCommand command = new AgreementCommand.AcceptTrial(new AgreementId(UUID.fromString(agreement)),
                organisation(QINLING_ORG));
        send(gateway, ExecuteAgreementCommand.of(command), "qinling", QINLING_ORG, "LICENSEE");
    }

    private static void send(CommandGateway gateway, Object command, String principal, String organisation, String role) {
        String commandId = UUID.randomUUID().toString();
        Map<String, Object> metadata = Map.of(MetadataKeys.COMMAND_ID, commandId, MetadataKeys.PRINCIPAL, principal,
                MetadataKeys.ORGANISATION, organisation, MetadataKeys.ROLE, role);
        gateway.sendAndWait(new GenericCommandMessage<>(new GenericMessage<>(commandId, command, metadata),
                command.getClass().getName()));
    }

    private static OrganisationId organisation(String id) {
        return new OrganisationId(UUID.fromString(id));
    }

    private static JsonNode json(byte[] token) {
        try {
            return JSON.readTree(token);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
