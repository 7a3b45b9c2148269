package com.foretaste.infrastructure.monitoring;

import com.foretaste.domain.licensing.agreement.AgreementCommand.ObserveBusinessDate;
import com.foretaste.domain.shared.Rejection;
import com.foretaste.infrastructure.axon.CommandRejectedException;
import com.foretaste.infrastructure.licensing.ExecuteAgreementCommand;
import com.foretaste.infrastructure.platform.EndOfDayRunningException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The command meter's outcome and rule come from what the command bus threw; its command tag is a type, never an id. */
class CommandOutcomesTest {

    @Test
    void a_rejection_is_counted_with_the_rule_it_broke() {
        assertThat(CommandMetrics.failed(new CommandRejectedException(
                Rejection.invalid("payment-positive", "amount", "a payment is more than zero"))))
                .isEqualTo(new CommandMetrics.Outcome("rejected", "payment-positive"));
    }

    @Test
    void another_writer_first_is_a_conflict_however_it_is_wrapped() {
        assertThat(CommandMetrics.failed(new IllegalStateException(new ConcurrencyException("sequence taken"))).name())
                .isEqualTo("conflict");
        assertThat(CommandMetrics.failed(new AggregateStreamCreationException("stream exists")).name())
                .isEqualTo("conflict");
    }

    @Test
    void a_closing_day_and_an_unknown_aggregate_are_rejections_the_caller_can_act_on() {
        assertThat(CommandMetrics.failed(new EndOfDayRunningException(null, null)))
                .isEqualTo(new CommandMetrics.Outcome("rejected", "end-of-day-running"));
        assertThat(CommandMetrics.failed(new AggregateNotFoundException("a1", "no such aggregate")))
                .isEqualTo(new CommandMetrics.Outcome("rejected", "not-found"));
    }

    @Test
    void anything_else_is_a_failure_to_look_into() {
        assertThat(CommandMetrics.failed(new IllegalStateException("bug")))
                .isEqualTo(new CommandMetrics.Outcome("failed", CommandMetrics.NO_RULE));
    }

    @Test
    void an_envelope_is_counted_as_the_domain_command_it_carries() {
        ExecuteAgreementCommand envelope = new ExecuteAgreementCommand("7f000000-0000-4000-8000-000000000001",
                new ObserveBusinessDate(null, LocalDate.of(2026, 3, 2), null));

        assertThat(CommandMetrics.commandName(envelope)).isEqualTo("ObserveBusinessDate");
        assertThat(CommandMetrics.commandName("a plain command")).isEqualTo("String");
    }
}
