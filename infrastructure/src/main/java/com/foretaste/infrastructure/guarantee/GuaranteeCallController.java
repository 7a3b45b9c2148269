package com.foretaste.infrastructure.guarantee;

import com.foretaste.domain.guarantee.financing.CallId;
import com.foretaste.domain.guarantee.financing.FinancingGuarantee;
import com.foretaste.domain.guarantee.financing.GuaranteeCommand;
import com.foretaste.domain.guarantee.financing.GuaranteeFile;
import com.foretaste.domain.guarantee.financing.GuaranteeId;
import com.foretaste.domain.guarantee.financing.RecoverySource;
import com.foretaste.infrastructure.web.InvalidFieldException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

import static com.foretaste.infrastructure.web.RequestFields.money;
import static com.foretaste.infrastructure.web.RequestFields.oneOf;

/**
 * The guarantor's work on a call: assessment, honouring (another person than the assessor above the threshold)
 * or rejection; then partners' reimbursements (and their return), the beneficiary's refund, recoveries and the
 * write-off. Where the body names no call, the guarantee's call is meant.
 */
@RestController
@RequestMapping("/api/guarantees/{id}")
class GuaranteeCallController {

    private final GuaranteeCommands commands;
    private final GuaranteeIntake intake;

    GuaranteeCallController(GuaranteeCommands commands, GuaranteeIntake intake) {
        this.commands = commands;
        this.intake = intake;
    }

    @PostMapping("/calls/{callId}/assessment")
    GuaranteeView assessCall(@PathVariable UUID id, @PathVariable UUID callId, HttpServletRequest request) {
        return commands.execute(new GuaranteeCommand.AssessCall(new GuaranteeId(id), GuaranteeCommands.actor(),
                new CallId(callId)), request);
    }

    @PostMapping("/calls/{callId}/honour")
    GuaranteeView honourCall(@PathVariable UUID id, @PathVariable UUID callId,
                             @RequestBody(required = false) GuaranteeRequests.Honour body, HttpServletRequest request) {
        return commands.execute(new GuaranteeCommand.HonourCall(new GuaranteeId(id), GuaranteeCommands.actor(),
                new CallId(callId), body == null ? null : body.reference()), request);
    }

    @PostMapping("/calls/{callId}/rejection")
    GuaranteeView rejectCall(@PathVariable UUID id, @PathVariable UUID callId,
                             @RequestBody GuaranteeRequests.CallRejection body, HttpServletRequest request) {
        return commands.execute(new GuaranteeCommand.RejectCall(new GuaranteeId(id), GuaranteeCommands.actor(),
                new CallId(callId), body.reason()), request);
    }

    @PostMapping("/reimbursements")
    GuaranteeView recordReimbursement(@PathVariable UUID id, @RequestBody GuaranteeRequests.Reimbursement body,
                                      HttpServletRequest request) {
        return commands.execute(new GuaranteeCommand.RecordReimbursement(new GuaranteeId(id), GuaranteeCommands.actor(),
                call(id, body.callId()), body.partner(), money(body.amount(), "amount", intake.currency(id)),
                body.reference()), request);
    }

    @PostMapping("/reimbursement-returns")
    GuaranteeView returnReimbursement(@PathVariable UUID id, @RequestBody GuaranteeRequests.Reimbursement body,
                                      HttpServletRequest request) {
        return commands.execute(new GuaranteeCommand.ReturnReimbursement(new GuaranteeId(id), GuaranteeCommands.actor(),
                call(id, body.callId()), body.partner(), money(body.amount(), "amount", intake.currency(id)),
                body.reference()), request);
    }

    @PostMapping("/refunds")
    GuaranteeView recordBeneficiaryRefund(@PathVariable UUID id, @RequestBody GuaranteeRequests.Refund body,
                                          HttpServletRequest request) {
        return commands.execute(new GuaranteeCommand.RecordBeneficiaryRefund(new GuaranteeId(id), GuaranteeCommands.actor(),
                call(id, body.callId()), money(body.amount(), "amount", intake.currency(id)), body.reference()), request);
    }

    @PostMapping("/recoveries")
    GuaranteeView recordGuaranteeRecovery(@PathVariable UUID id, @RequestBody GuaranteeRequests.Recovery body,
                                          HttpServletRequest request) {
        return commands.execute(new GuaranteeCommand.RecordRecovery(new GuaranteeId(id), GuaranteeCommands.actor(),
                call(id, body.callId()), money(body.amount(), "amount", intake.currency(id)),
                oneOf(RecoverySource.class, body.source(), "source"), body.reference()), request);
    }

    @PostMapping("/write-off")
    GuaranteeView writeOffCall(@PathVariable UUID id, @RequestBody GuaranteeRequests.WriteOff body,
                               HttpServletRequest request) {
        return commands.execute(new GuaranteeCommand.WriteOff(new GuaranteeId(id), GuaranteeCommands.actor(),
                call(id, body.callId()), body.reason()), request);
    }

    /** The call named, or the guarantee's call (as the caller may see it); a guarantee without one has none to name. */
    private CallId call(UUID id, UUID named) {
        if (named != null) {
            return new CallId(named);
        }
        return FinancingGuarantee.file(commands.state(new GuaranteeId(id))).map(GuaranteeFile::call)
                .map(c -> c.callId()).orElseThrow(() -> new InvalidFieldException("callId", "call-made",
                        "the guarantee has no call; name one"));
    }
}
