package com.foretaste.domain.guarantee.financing;

import com.foretaste.domain.guarantee.RiskSharing;
import com.foretaste.domain.guarantee.financing.GuaranteeCommand.*;
import com.foretaste.domain.guarantee.financing.GuaranteeEvent.GuaranteeRequested;
import com.foretaste.domain.guarantee.limits.GuarantorBook;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.Decision;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Rate;
import com.foretaste.domain.shared.Rejection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shaanxi Technology Guarantee guarantees Qinling Robotics' payments to Northwest Polytechnic University under their
 * licence: cap 300,000.00, coverage 70%, fee 2% a year over 2026-03-01 to 2027-09-01 (365 + 184 days), the licensed
 * patent pledged, Xi'an's programme (the pool reimburses 50%), a second person honours above 100,000.00. Qinling owes
 * 400,000.00 when the guarantee is requested on 2026-02-01 (exposure 280,000.00); approved on 2026-02-10, the fee is
 * 6,000.00 due 2026-03-12 and 3,024.66 due 2027-03-01; paid and issued on 2026-02-20. Qinling defaults on 2026-07-01
 * owing 180,000.00 principal and 2,700.00 interest (loss 182,700.00, exposure 127,890.00).
 */
final class GuaranteeFixture {

    static final GuaranteeId GUARANTEE = new GuaranteeId(UUID.fromString("00000000-0000-4000-8000-00000000d001"));
    static final AgreementId AGREEMENT = new AgreementId(UUID.fromString("00000000-0000-4000-8000-00000000b001"));
    static final CallId CALL = new CallId(UUID.fromString("00000000-0000-4000-8000-00000000e001"));
    static final OrganisationId LICENSOR = org(1);
    static final OrganisationId LICENSEE = org(2);
    static final OrganisationId GUARANTOR = org(3);
    static final OrganisationId STRANGER = org(9);
    static final Actor ASSESSOR = new Actor(GUARANTOR, "wang.lei");
    static final Actor CHECKER = new Actor(GUARANTOR, "chen.jing");
    static final Actor UNIVERSITY = new Actor(LICENSOR, "university");
    static final Actor QINLING = new Actor(LICENSEE, "qinling");
    static final LocalDate REQUESTED_ON = LocalDate.of(2026, 2, 1);
    static final LocalDate APPROVED_ON = LocalDate.of(2026, 2, 10);
    static final LocalDate FIRST_FEE_DUE = LocalDate.of(2026, 3, 12);
    static final LocalDate ISSUED_ON = LocalDate.of(2026, 2, 20);
    static final LocalDate TERM_START = LocalDate.of(2026, 3, 1);
    static final LocalDate TERM_END = LocalDate.of(2027, 9, 1);
    static final LocalDate DEFAULTED_ON = LocalDate.of(2026, 7, 1);
    static final LocalDate CALLED_ON = LocalDate.of(2026, 7, 10);
    static final LocalDate HONOURED_ON = LocalDate.of(2026, 7, 20);

    private GuaranteeFixture() {
    }

    static OrganisationId org(int n) {
        return new OrganisationId(UUID.fromString("6f1c2a4e-000" + n + "-4000-8000-00000000000" + n));
    }

    static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    static GuaranteeTerms terms() {
        return terms(RiskSharing.xian());
    }

    static GuaranteeTerms terms(RiskSharing programme) {
        return new GuaranteeTerms(GUARANTOR, LICENSOR, LICENSEE, AGREEMENT, cny("300000.00"), Rate.of("0.7"),
                Rate.of("0.02"), new DateRange(TERM_START, TERM_END),
                new CounterGuarantee(CounterGuarantee.Kind.PATENT_PLEDGE, "CN114123456B", cny("500000.00")), programme,
                cny("100000.00"));
    }

    static GuaranteedAgreement agreement() {
        return new GuaranteedAgreement(AGREEMENT, LICENSOR, LICENSEE, Money.CNY, true, cny("400000.00"));
    }

    static RequestGuarantee request(GuaranteeTerms terms) {
        return new RequestGuarantee(GUARANTEE, QINLING, terms, agreement());
    }

    /** Net assets 200,000,000.00, 50,000,000.00 outstanding, nothing yet to Qinling or its related parties. */
    static GuarantorBook book() {
        return new GuarantorBook(cny("200000000.00"), false, cny("50000000.00"), cny("0.00"), cny("0.00"));
    }

    /** Events so far, folded; commands decided against them. */
    static final class Given {
        final List<GuaranteeEvent> events = new ArrayList<>();

        Given(List<GuaranteeEvent> events) {
            this.events.addAll(events);
        }

        GuaranteeState state() {
            return FinancingGuarantee.replay(events);
        }

        GuaranteeFile file() {
            return States.fileOf(state());
        }

        Call call() {
            return file().call();
        }

        List<GuaranteeEvent> when(GuaranteeCommand command, LocalDate today) {
            Decision<GuaranteeEvent> decision = FinancingGuarantee.decide(command, state(), today);
            assertThat(decision).as("%s", decision).isInstanceOf(Decision.Accepted.class);
            List<GuaranteeEvent> recorded = ((Decision.Accepted<GuaranteeEvent>) decision).events();
            events.addAll(recorded);
            return recorded;
        }

        Rejection rejected(GuaranteeCommand command, LocalDate today) {
            Decision<GuaranteeEvent> decision = FinancingGuarantee.decide(command, state(), today);
            assertThat(decision).as("%s", decision).isInstanceOf(Decision.Rejected.class);
            return ((Decision.Rejected<GuaranteeEvent>) decision).rejection();
        }
    }

    static Given nothing() {
        return new Given(List.of());
    }

    static Given requested() {
        return requested(terms());
    }

    static Given requested(GuaranteeTerms terms) {
        return new Given(List.of(new GuaranteeRequested(GUARANTEE, terms, agreement(), "qinling", REQUESTED_ON)));
    }

    static Given approved() {
        return approved(terms());
    }

    static Given approved(GuaranteeTerms terms) {
        Given given = requested(terms);
        given.when(new ApproveGuarantee(GUARANTEE, ASSESSOR, book()), APPROVED_ON);
        return given;
    }

    static Given issued() {
        return issued(terms());
    }

    static Given issued(GuaranteeTerms terms) {
        Given given = approved(terms);
        given.when(new RecordFeePayment(GUARANTEE, ASSESSOR, cny("6000.00"), "FEE-1"), ISSUED_ON);
        return given;
    }

    static NoteDefault defaulted() {
        return new NoteDefault(GUARANTEE, DEFAULTED_ON, cny("180000.00"), cny("2700.00"));
    }

    /** Issued, then Qinling defaulted: 182,700.00 outstanding, exposure 70% of it, 127,890.00. */
    static Given defaultedGiven(GuaranteeTerms terms) {
        Given given = issued(terms);
        given.when(new NoteOutstanding(GUARANTEE, Movement.DEFAULT, "evt-default", cny("182700.00"), DEFAULTED_ON), DEFAULTED_ON);
        given.when(defaulted(), DEFAULTED_ON);
        return given;
    }

    static Given called() {
        return called(terms());
    }

    static Given called(GuaranteeTerms terms) {
        Given given = defaultedGiven(terms);
        given.when(new CallGuarantee(GUARANTEE, UNIVERSITY, CALL, DEFAULTED_ON), CALLED_ON);
        return given;
    }

    /** Honoured before the insurer paid: 127,890.00, the pool owing 63,945.00. */
    static Given honoured() {
        return honoured(terms());
    }

    static Given honoured(GuaranteeTerms terms) {
        Given given = called(terms);
        given.when(new AssessCall(GUARANTEE, ASSESSOR, CALL), HONOURED_ON);
        given.when(new HonourCall(GUARANTEE, CHECKER, CALL, "HON-1"), HONOURED_ON);
        return given;
    }
}
