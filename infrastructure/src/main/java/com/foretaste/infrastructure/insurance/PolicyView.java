package com.foretaste.infrastructure.insurance;

import com.foretaste.application.organisation.Organisation;
import com.foretaste.application.organisation.OrganisationDirectory;
import com.foretaste.domain.insurance.policy.Claim;
import com.foretaste.domain.insurance.policy.CoveredDefault;
import com.foretaste.domain.insurance.policy.EarnedPremium;
import com.foretaste.domain.insurance.policy.PolicyFile;
import com.foretaste.domain.insurance.policy.PolicyState;
import com.foretaste.domain.insurance.policy.PolicyTerms;
import com.foretaste.domain.insurance.policy.PremiumPayer;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Rate;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** A policy as its parties see it, with its claims; figures as of the business date. */
@Schema(name = "Policy")
record PolicyView(@Schema(requiredMode = REQUIRED, format = "uuid") String id,
                  @Schema(requiredMode = REQUIRED, format = "uuid") String agreementId,
                  @Schema(requiredMode = REQUIRED) String state, long version,
                  @Schema(requiredMode = REQUIRED) PolicyParty insurer, @Schema(requiredMode = REQUIRED) PolicyParty insured,
                  @Schema(requiredMode = REQUIRED) PolicyParty policyholder,
                  @Schema(requiredMode = REQUIRED) Money coverageLimit, Money limitUsed, Money remainingLimit,
                  Rate indemnityRatio, Money deductible, Money insuredAmount, Rate premiumRate, Money premium,
                  Rate subsidyShare, PolicyParty subsidisedBy, Money subsidyPremium, Money policyholderPremium,
                  Money subsidyPaid, Money policyholderPaid, Money earnedPremium,
                  LocalDate periodStart, LocalDate periodEnd, LocalDate premiumDueOn, int waitingPeriodDays,
                  int paymentPeriodDays, Money secondApprovalAbove, boolean automaticFiling, LocalDate quotedOn,
                  LocalDate activatedOn, Ended ended, List<DefaultView> defaults, List<ClaimView> claims) {

    @Schema(name = "PolicyParty")
    record PolicyParty(@Schema(requiredMode = REQUIRED, format = "uuid") String id, String name) {
        static PolicyParty of(OrganisationId id, OrganisationDirectory directory) {
            return id == null ? null : new PolicyParty(id.toString(), directory.find(id).map(Organisation::name).orElse(null));
        }
    }

    /** How the policy ended: expired, cancelled (with the premium earned and refunded) or lapsed. */
    @Schema(name = "PolicyEnded")
    record Ended(@Schema(requiredMode = REQUIRED) LocalDate on, String reason, Money earned, Money refund) {
    }

    @Schema(name = "CoveredDefault")
    record DefaultView(@Schema(requiredMode = REQUIRED) LocalDate defaultedOn, Money principal, Money interest, Money loss,
                       LocalDate claimableFrom, boolean claimable, LocalDate curedOn) {
        static DefaultView of(CoveredDefault d) {
            return new DefaultView(d.defaultedOn(), d.principal(), d.interest(), d.loss(), d.claimableFrom(), d.claimable(),
                    d.curedOn());
        }
    }

    @Schema(name = "Claim")
    record ClaimView(@Schema(requiredMode = REQUIRED, format = "uuid") String id,
                     @Schema(requiredMode = REQUIRED) String state, LocalDate defaultedOn, Money loss, LocalDate filedOn,
                     String filedBy, Money reserve, String assessedBy, Money indemnity, String approvedBy,
                     LocalDate paymentDueOn, boolean paymentOverdue, LocalDate paidOn, Money recoveredByInsurer,
                     Money recoveredByInsured, String rejectionReason) {
        static ClaimView of(Claim c) {
            boolean decided = c.approvedBy() != null;
            return new ClaimView(c.claimId().toString(), c.status().name(), c.defaultedOn(), c.loss(), c.filedOn(),
                    c.filedBy(), c.reserve(), c.assessedBy(), decided ? c.indemnity() : null, c.approvedBy(),
                    c.paymentDueOn(), c.paymentOverdue(), c.paidOn(), c.recoveredByInsurer(), c.recoveredByInsured(),
                    c.rejectionReason());
        }
    }

    static PolicyView of(String id, long version, PolicyState state, LocalDate today, OrganisationDirectory directory) {
        PolicyFile f = switch (state) {
            case PolicyState.Quoted s -> s.file();
            case PolicyState.Active s -> s.file();
            case PolicyState.Expired s -> s.file();
            case PolicyState.Cancelled s -> s.file();
            case PolicyState.Lapsed s -> s.file();
            case PolicyState.None s -> throw new IllegalStateException("no policy " + id);
        };
        PolicyTerms t = f.terms();
        return new PolicyView(id, t.agreement().toString(), state.status().name(), version,
                PolicyParty.of(t.insurer(), directory), PolicyParty.of(t.insured(), directory),
                PolicyParty.of(t.policyholder(), directory), t.coverageLimit(), f.limitUsed(), f.remainingLimit(),
                t.indemnityRatio(), t.deductible(), t.insuredAmount(), t.premiumRate(), f.premium().total(),
                t.subsidyShare(), PolicyParty.of(t.subsidyPayer(), directory), f.premium().subsidyShare(),
                f.premium().policyholderShare(), f.paid(PremiumPayer.SUBSIDY), f.paid(PremiumPayer.POLICYHOLDER),
                earned(state, f, today), t.period().start(), t.period().lastDay(), t.premiumDueOn(), t.waitingPeriodDays(),
                t.paymentPeriodDays(), t.secondApprovalAbove(), t.automaticFiling(), f.quotedOn(), activatedOn(state),
                ended(state, f), f.defaults().stream().map(DefaultView::of).toList(),
                f.claims().stream().map(ClaimView::of).toList());
    }

    private static Money earned(PolicyState state, PolicyFile f, LocalDate today) {
        Money premium = f.premium().total();
        return switch (state) {
            case PolicyState.Active s -> EarnedPremium.before(premium, f.terms().period(), today);
            case PolicyState.Expired s -> premium;
            case PolicyState.Cancelled s -> s.earned();
            default -> Money.zero(premium.currency());
        };
    }

    private static LocalDate activatedOn(PolicyState state) {
        return switch (state) {
            case PolicyState.Active s -> s.activatedOn();
            case PolicyState.Expired s -> s.activatedOn();
            case PolicyState.Cancelled s -> s.activatedOn();
            default -> null;
        };
    }

    private static Ended ended(PolicyState state, PolicyFile f) {
        return switch (state) {
            case PolicyState.Expired s -> new Ended(s.expiredOn(), "expired", f.premium().total(), null);
            case PolicyState.Cancelled s -> new Ended(s.cancelledOn(), s.reason() == null ? "cancelled" : s.reason(),
                    s.earned(), s.refund());
            case PolicyState.Lapsed s -> new Ended(s.lapsedOn(), "premium unpaid", null, f.premiumReceived());
            default -> null;
        };
    }
}
