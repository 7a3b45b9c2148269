package com.foretaste.domain.guarantee.financing;

import com.foretaste.domain.guarantee.RiskSharing;
import com.foretaste.domain.guarantee.Share;
import com.foretaste.domain.guarantee.financing.GuaranteeCommand.*;
import com.foretaste.domain.guarantee.financing.GuaranteeEvent.*;
import com.foretaste.domain.shared.Money;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

import static com.foretaste.domain.guarantee.financing.GuaranteeFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

class GuaranteeProperties {

    @Property(tries = 200)
    void what_is_honoured_is_shared_reimbursed_recovered_and_written_off_to_the_cent(
            @ForAll("cents") long lossCents, @ForAll("programmes") RiskSharing programme,
            @ForAll @Size(max = 6) List<@From("cents") Long> recoveries) {
        Given given = issued(terms(programme));
        Money loss = money(lossCents);
        given.when(new NoteOutstanding(GUARANTEE, Movement.DEFAULT, "d", loss, DEFAULTED_ON), DEFAULTED_ON);
        given.when(new NoteDefault(GUARANTEE, DEFAULTED_ON, loss, cny("0.00")), DEFAULTED_ON);
        given.when(new CallGuarantee(GUARANTEE, UNIVERSITY, CALL, DEFAULTED_ON), CALLED_ON);
        given.when(new AssessCall(GUARANTEE, ASSESSOR, CALL), HONOURED_ON);
        List<GuaranteeEvent> honour = given.when(new HonourCall(GUARANTEE, CHECKER, CALL, null), HONOURED_ON);

        Money honoured = ((CallHonoured) honour.get(0)).amount();
        Money claimed = honour.stream().filter(e -> e instanceof ReimbursementClaimed).map(e -> ((ReimbursementClaimed) e).amount())
                .reduce(cny("0.00"), Money::plus);
        assertThat(honoured).isLessThanOrEqualTo(cny("300000.00"));
        assertThat(claimed.plus(programme.retained(honoured))).isEqualTo(honoured);

        for (long cents : recoveries) {
            Money open = given.call().recoverable();
            Money amount = money(cents).compareTo(open) < 0 ? money(cents) : open;
            List<GuaranteeEvent> events = given.when(new RecordRecovery(GUARANTEE, ASSESSOR, CALL, amount, RecoverySource.OBLIGOR, null),
                    HONOURED_ON);
            RecoveryRecorded recorded = (RecoveryRecorded) events.get(0);
            assertThat(Share.total(recorded.shares(), Money.CNY)).isEqualTo(amount);
            assertThat(recorded.shares()).allSatisfy(s -> assertThat(s.amount().isNegative()).isFalse());
            if (given.state().status() == GuaranteeStatus.CLOSED) {
                break;
            }
        }
        if (given.state().status() != GuaranteeStatus.CLOSED) {
            given.when(new WriteOff(GUARANTEE, ASSESSOR, CALL, "insolvent"), HONOURED_ON);
        }
        Call call = given.call();
        assertThat(call.recovered().plus(call.writtenOff())).isEqualTo(honoured);
        for (Share owed : call.reimbursementsOwed()) {
            assertThat(Share.of(call.recoveries(), owed.party(), Money.CNY)).isLessThanOrEqualTo(owed.amount());
        }
    }

    private static Money money(long cents) {
        return new Money(BigDecimal.valueOf(cents, 2), Money.CNY);
    }

    @Provide
    Arbitrary<Long> cents() {
        return Arbitraries.oneOf(Arbitraries.longs().between(1, 1_000), Arbitraries.longs().between(1, 60_000_000L));
    }

    @Provide
    Arbitrary<RiskSharing> programmes() {
        return Arbitraries.of(RiskSharing.none(), RiskSharing.xian(), RiskSharing.anhui());
    }
}
