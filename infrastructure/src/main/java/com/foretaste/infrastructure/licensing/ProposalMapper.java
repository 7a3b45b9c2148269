package com.foretaste.infrastructure.licensing;

import com.foretaste.infrastructure.web.RequestFields;
import com.foretaste.domain.licensing.agreement.AgreementCommand.ProposeAgreement;
import com.foretaste.domain.licensing.agreement.DueRule;
import com.foretaste.domain.licensing.agreement.Exclusivity;
import com.foretaste.domain.licensing.agreement.Instalment;
import com.foretaste.domain.licensing.agreement.NoDecisionOutcome;
import com.foretaste.domain.licensing.agreement.PatentNumber;
import com.foretaste.domain.licensing.agreement.Price;
import com.foretaste.domain.licensing.agreement.RoyaltyTerms;
import com.foretaste.domain.licensing.agreement.Terms;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Rate;
import com.foretaste.infrastructure.licensing.AgreementRequests.InstalmentBody;
import com.foretaste.infrastructure.licensing.AgreementRequests.MoneyBody;
import com.foretaste.infrastructure.licensing.AgreementRequests.PriceBody;
import com.foretaste.infrastructure.licensing.AgreementRequests.TermsBody;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static com.foretaste.infrastructure.web.RequestFields.field;
import static com.foretaste.infrastructure.web.RequestFields.oneOf;
import static com.foretaste.infrastructure.web.RequestFields.orDefault;
import static com.foretaste.infrastructure.web.RequestFields.required;

/**
 * Turns a proposal request into the domain command, naming the field of any value that is missing
 * or malformed. The business rules themselves are the decider's ({@code ProposalRules}).
 */
final class ProposalMapper {

    private ProposalMapper() {
    }

    static ProposeAgreement toCommand(AgreementId id, OrganisationId licensor, AgreementRequests.ProposeAgreement body) {
        required(body, "body");
        OrganisationId licensee = field("licensee", () -> OrganisationId.parse(required(body.licensee(), "licensee")));
        List<String> numbers = required(body.patents(), "patents");
        List<PatentNumber> patents = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            String number = numbers.get(i);
            patents.add(field("patents[" + i + "]", () -> new PatentNumber(number)));
        }
        return new ProposeAgreement(id, licensor, licensee, patents, terms(required(body.terms(), "terms")));
    }

    private static Terms terms(TermsBody t) {
        Currency currency = field("terms.currency",
                () -> t.currency() == null ? Terms.DEFAULT_CURRENCY : Money.currency(t.currency()));
        return new Terms(
                required(t.fieldOfUse(), "terms.fieldOfUse"),
                required(t.territory(), "terms.territory"),
                oneOf(Exclusivity.class, required(t.exclusivity(), "terms.exclusivity"), "terms.exclusivity"),
                currency,
                required(t.trialMonths(), "terms.trialMonths"),
                money(t.trialFee(), currency, "terms.trialFee", true),
                orDefault(t.decisionWindowDays(), Terms.DEFAULT_DECISION_WINDOW_DAYS),
                t.onNoDecision() == null ? Terms.DEFAULT_ON_NO_DECISION
                        : oneOf(NoDecisionOutcome.class, t.onNoDecision(), "terms.onNoDecision"),
                required(t.licenceTermMonths(), "terms.licenceTermMonths"),
                price(required(t.price(), "terms.price"), currency),
                field("terms.lateInterestDailyRate", () -> t.lateInterestDailyRate() == null ? Rate.ZERO
                        : new Rate(t.lateInterestDailyRate())),
                orDefault(t.gracePeriodDays(), Terms.DEFAULT_GRACE_PERIOD_DAYS),
                orDefault(t.curePeriodDays(), Terms.DEFAULT_CURE_PERIOD_DAYS));
    }

    private static Price price(PriceBody p, Currency currency) {
        List<InstalmentBody> bodies = p.instalments() == null ? List.of() : p.instalments();
        List<Instalment> instalments = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            String at = "terms.price.instalments[" + i + "]";
            InstalmentBody b = required(bodies.get(i), at);
            instalments.add(new Instalment(money(required(b.amount(), at + ".amount"), currency, at + ".amount", false),
                    dueRule(b, at)));
        }
        RoyaltyTerms royalty = p.royalty() == null ? null : new RoyaltyTerms(
                field("terms.price.royalty.rate", () -> new Rate(required(p.royalty().rate(), "terms.price.royalty.rate"))),
                p.royalty().minimumAnnualRoyalty() == null ? null : money(p.royalty().minimumAnnualRoyalty(), currency,
                        "terms.price.royalty.minimumAnnualRoyalty", false));
        return new Price(money(required(p.licenceFee(), "terms.price.licenceFee"), currency, "terms.price.licenceFee", false),
                money(p.upfrontFee(), currency, "terms.price.upfrontFee", true), instalments, royalty);
    }

    private static DueRule dueRule(InstalmentBody b, String at) {
        long given = Stream.of(b.dueOn(), b.monthsAfterLicenceStart(), b.onFirstRevenueBackstopMonths())
                .filter(Objects::nonNull).count();
        if (given != 1) {
            throw new com.foretaste.infrastructure.web.InvalidFieldException(at, "instalment-due-rule",
                    "say when the instalment falls due with exactly one of dueOn, monthsAfterLicenceStart"
                            + " or onFirstRevenueBackstopMonths");
        }
        if (b.dueOn() != null) {
            return new DueRule.OnDate(b.dueOn());
        }
        if (b.monthsAfterLicenceStart() != null) {
            return new DueRule.MonthsAfterLicenceStart(b.monthsAfterLicenceStart());
        }
        return new DueRule.OnFirstRevenue(b.onFirstRevenueBackstopMonths());
    }

    private static Money money(MoneyBody body, Currency agreementCurrency, String name, boolean zeroIfAbsent) {
        if (body == null && zeroIfAbsent) {
            return Money.zero(agreementCurrency);
        }
        return RequestFields.money(body, name, agreementCurrency);
    }
}
