package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.AgreementCommand.ObserveBusinessDate;
import com.foretaste.domain.licensing.agreement.AgreementCommand.ProposeAgreement;
import com.foretaste.domain.shared.Decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static com.foretaste.domain.licensing.agreement.AgreementFixture.PROPOSAL_DATE;
import static com.foretaste.domain.licensing.agreement.AgreementFixture.agreementId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agreement lived day by day from its proposal: each day the parties' acts, then the end-of-day
 * run observes the day. Before each run it checks the next attention date against what observing
 * records: on the day itself (safety: something recorded means attention is due), and, whenever the
 * state changed, on the day before the attention date (nothing) and on the date itself (economy).
 */
final class AttentionWalk {

    private final DelinquencyAgeing ageing;
    private final List<String> factsAtAttention = new ArrayList<>();
    private final List<String> attentionsWithNothing = new ArrayList<>();
    private final Set<String> kindsRecorded = new TreeSet<>();
    private AgreementState state = Agreement.initialState();
    private boolean changed;

    AttentionWalk(DelinquencyAgeing ageing) {
        this.ageing = ageing;
    }

    AttentionWalk live(ProposeAgreement proposal, List<LifeAct> acts, int days) {
        attempt(proposal, PROPOSAL_DATE);
        for (int day = 0; day <= days; day++) {
            LocalDate date = PROPOSAL_DATE.plusDays(day);
            for (LifeAct act : acts) {
                if (act.day() == day) {
                    act.commands(state, date).forEach(command -> attempt(command, date));
                }
            }
            endOfDay(date);
        }
        return this;
    }

    AgreementStatus status() {
        return state.status();
    }

    /** The first fact recorded on each attention date checked, by event type. */
    List<String> factsAtAttention() {
        return List.copyOf(factsAtAttention);
    }

    /** The kinds of fact the life recorded (see {@link #kindOf}). */
    Set<String> kindsRecorded() {
        return Set.copyOf(kindsRecorded);
    }

    /** States whose attention date, when observed, recorded nothing. */
    List<String> attentionsWithNothing() {
        return List.copyOf(attentionsWithNothing);
    }

    private void endOfDay(LocalDate date) {
        Optional<LocalDate> next = Agreement.nextAttention(state, ageing);
        if (changed) {
            checkAround(next);
            changed = false;
        }
        List<AgreementEvent> recorded = observing(date);
        if (!recorded.isEmpty()) {
            assertThat(next).as("observing %s records %s in %s", date, recorded, state)
                    .hasValueSatisfying(n -> assertThat(n).isBeforeOrEqualTo(date));
        }
        apply(recorded);
    }

    private void checkAround(Optional<LocalDate> next) {
        if (next.isEmpty()) {
            assertThat(observing(PROPOSAL_DATE.plusYears(20))).as("no attention, yet observing records in %s", state).isEmpty();
            return;
        }
        assertThat(observing(next.get().minusDays(1))).as("the day before %s in %s", next.get(), state).isEmpty();
        List<AgreementEvent> atAttention = observing(next.get());
        if (atAttention.isEmpty()) {
            attentionsWithNothing.add(next.get() + " in " + state);
        } else {
            factsAtAttention.add(atAttention.get(0).getClass().getSimpleName());
        }
    }

    private List<AgreementEvent> observing(LocalDate date) {
        Decision<AgreementEvent> decision = Agreement.decide(new ObserveBusinessDate(agreementId(), date, ageing), state, date);
        return decision instanceof Decision.Accepted<AgreementEvent> accepted ? accepted.events() : List.of();
    }

    /** The event's type; a bucket left, and ageing or default on interest alone, told apart. */
    private String kindOf(AgreementEvent event) {
        return switch (event) {
            case AgreementEvent.DelinquencyBucketChanged b when b.toBucket() == null -> "DelinquencyBucketLeft";
            case AgreementEvent.DelinquencyBucketChanged b when States.ledger(state).get(b.receivable())
                    .outstandingPrincipal().isZero() -> "DelinquencyBucketChanged on interest alone";
            case AgreementEvent.AgreementDefaulted d when d.principal().isZero() -> "AgreementDefaulted on interest alone";
            default -> event.getClass().getSimpleName();
        };
    }

    private void attempt(AgreementCommand command, LocalDate date) {
        if (Agreement.decide(command, state, date) instanceof Decision.Accepted<AgreementEvent> accepted) {
            apply(accepted.events());
        }
    }

    private void apply(List<AgreementEvent> events) {
        for (AgreementEvent event : events) {
            kindsRecorded.add(kindOf(event));
            state = Agreement.evolve(state, event);
            changed = true;
        }
    }
}
