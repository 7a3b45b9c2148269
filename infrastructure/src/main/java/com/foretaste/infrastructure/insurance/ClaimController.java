package com.foretaste.infrastructure.insurance;

import com.foretaste.domain.insurance.policy.ClaimId;
import com.foretaste.domain.insurance.policy.PolicyCommand;
import com.foretaste.domain.insurance.policy.PolicyId;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

import static com.foretaste.infrastructure.web.RequestFields.money;

/** The insurer's work on a claim: assessment, approval or rejection, payment, recoveries, closing. */
@RestController
@RequestMapping("/api/policies/{id}/claims/{claimId}")
class ClaimController {

    private final PolicyCommands commands;
    private final PolicyQuotes quotes;

    ClaimController(PolicyCommands commands, PolicyQuotes quotes) {
        this.commands = commands;
        this.quotes = quotes;
    }

    @PostMapping("/assessment")
    PolicyView assessClaim(@PathVariable UUID id, @PathVariable UUID claimId, @RequestBody PolicyRequests.Assessment body,
                           HttpServletRequest request) {
        return commands.execute(new PolicyCommand.AssessClaim(new PolicyId(id), PolicyCommands.actor(), new ClaimId(claimId),
                money(body.reserve(), "reserve", quotes.currency(id)), body.note()), request);
    }

    @PostMapping("/approval")
    PolicyView approveClaim(@PathVariable UUID id, @PathVariable UUID claimId, HttpServletRequest request) {
        return commands.execute(new PolicyCommand.ApproveClaim(new PolicyId(id), PolicyCommands.actor(), new ClaimId(claimId)),
                request);
    }

    @PostMapping("/rejection")
    PolicyView rejectClaim(@PathVariable UUID id, @PathVariable UUID claimId, @RequestBody PolicyRequests.ClaimRejection body,
                           HttpServletRequest request) {
        return commands.execute(new PolicyCommand.RejectClaim(new PolicyId(id), PolicyCommands.actor(), new ClaimId(claimId),
                body.reason()), request);
    }

    @PostMapping("/payment")
    PolicyView payClaim(@PathVariable UUID id, @PathVariable UUID claimId,
                        @RequestBody(required = false) PolicyRequests.ClaimPayment body, HttpServletRequest request) {
        return commands.execute(new PolicyCommand.PayClaim(new PolicyId(id), PolicyCommands.actor(), new ClaimId(claimId),
                body == null ? null : body.reference()), request);
    }

    @PostMapping("/recoveries")
    PolicyView recordRecovery(@PathVariable UUID id, @PathVariable UUID claimId, @RequestBody PolicyRequests.Recovery body,
                              HttpServletRequest request) {
        return commands.execute(new PolicyCommand.RecordRecovery(new PolicyId(id), PolicyCommands.actor(), new ClaimId(claimId),
                money(body.amount(), "amount", quotes.currency(id)), body.reference()), request);
    }

    @PostMapping("/closure")
    PolicyView closeClaim(@PathVariable UUID id, @PathVariable UUID claimId,
                          @RequestBody(required = false) PolicyRequests.Closure body, HttpServletRequest request) {
        return commands.execute(new PolicyCommand.CloseClaim(new PolicyId(id), PolicyCommands.actor(), new ClaimId(claimId),
                body == null ? null : body.reason()), request);
    }
}
