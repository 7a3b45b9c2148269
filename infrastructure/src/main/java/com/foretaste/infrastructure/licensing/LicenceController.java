package com.foretaste.infrastructure.licensing;

import com.foretaste.infrastructure.web.RequestFields;
import com.foretaste.application.calendar.PlatformCalendar;
import com.foretaste.domain.licensing.agreement.AgreementCommand;
import com.foretaste.domain.licensing.agreement.Ledger;
import com.foretaste.domain.licensing.agreement.Offer;
import com.foretaste.domain.licensing.agreement.States;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Rejection;
import com.foretaste.infrastructure.axon.CommandRejectedException;
import com.foretaste.infrastructure.security.CurrentUser;
import com.foretaste.infrastructure.web.CommandSender;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Currency;
import java.util.UUID;

import static com.foretaste.infrastructure.web.RequestFields.field;
import static com.foretaste.infrastructure.web.RequestFields.money;
import static com.foretaste.infrastructure.web.RequestFields.oneOf;
import static com.foretaste.infrastructure.web.RequestFields.required;

/** The licence in force: payments, royalty reports, equity swaps, termination, and the schedule. */
@RestController
@RequestMapping("/api/agreements/{id}")
class LicenceController {

    private final AgreementCommands commands;
    private final AgreementHistory history;
    private final PlatformCalendar calendar;

    LicenceController(AgreementCommands commands, AgreementHistory history, PlatformCalendar calendar) {
        this.commands = commands;
        this.history = history;
        this.calendar = calendar;
    }

    /** The licensor records money received from the licensee today. */
    @PostMapping("/payments")
    AgreementView pay(@PathVariable UUID id, @RequestBody LicensingRequests.Payment body, HttpServletRequest request) {
        AgreementId agreementId = new AgreementId(id);
        required(body, "body");
        return commands.execute(new AgreementCommand.RecordPayment(agreementId, actor(), body.reference(),
                money(body.amount(), "amount", currencyOf(agreementId))), request);
    }

    @PostMapping("/royalty-reports")
    AgreementView reportRoyalty(@PathVariable UUID id, @RequestBody LicensingRequests.RoyaltyReport body,
                                HttpServletRequest request) {
        AgreementId agreementId = new AgreementId(id);
        required(body, "body");
        DateRange period = field("period", () -> new DateRange(required(body.periodStart(), "periodStart"),
                required(body.periodEnd(), "periodEnd").plusDays(1)));
        return commands.execute(new AgreementCommand.ReportRoyalty(agreementId, actor(), period,
                money(body.netSales(), "netSales", currencyOf(agreementId))), request);
    }

    @PostMapping("/equity-swaps")
    ResponseEntity<AgreementView> proposeSwap(@PathVariable UUID id, @RequestBody LicensingRequests.EquitySwapProposal body,
                                              HttpServletRequest request) {
        required(body, "body");
        String swapId = body.swapId() != null ? body.swapId()
                : CommandSender.idempotentId(request, "equity-swap").orElseGet(UUID::randomUUID).toString();
        AgreementView view = commands.execute(new AgreementCommand.ProposeEquitySwap(new AgreementId(id), actor(), swapId,
                required(body.shares(), "shares"), required(body.pricePerShare(), "pricePerShare"),
                required(body.sharesOutstandingAfter(), "sharesOutstandingAfter"),
                RequestFields.noNullElements(body.applyTo(), "applyTo")), request);
        return ResponseEntity.created(UriComponentsBuilder.fromPath("/api/agreements/{id}/equity-swaps/{swapId}")
                .buildAndExpand(id, swapId).encode().toUri()).body(view);
    }

    @PostMapping("/equity-swaps/{swapId}/acceptance")
    AgreementView acceptSwap(@PathVariable UUID id, @PathVariable String swapId, HttpServletRequest request) {
        return commands.execute(new AgreementCommand.AcceptEquitySwap(new AgreementId(id), actor(), swapId), request);
    }

    /** FOR_DEFAULT (the licensor, after the cure period) or MUTUAL_CONSENT (both parties, one after the other). */
    @PostMapping("/termination")
    AgreementView terminate(@PathVariable UUID id, @RequestBody LicensingRequests.Termination body,
                            HttpServletRequest request) {
        required(body, "body");
        AgreementId agreementId = new AgreementId(id);
        return commands.execute(switch (oneOf(LicensingRequests.TerminationKind.class, required(body.kind(), "kind"), "kind")) {
            case FOR_DEFAULT -> new AgreementCommand.TerminateForDefault(agreementId, actor(), body.reason());
            case MUTUAL_CONSENT -> new AgreementCommand.AgreeTermination(agreementId, actor(), body.reason());
        }, request);
    }

    /** What the licensee owes: under a licence its amounts due, before or without one a trial fee charged. */
    @GetMapping("/schedule")
    ScheduleView schedule(@PathVariable UUID id) {
        AgreementHistory.Loaded loaded = history.load(new AgreementId(id), CurrentUser.require().asViewer());
        Ledger ledger = States.ledger(loaded.state());
        if (ledger == null) {
            String state = loaded.state().status().name();
            throw new CommandRejectedException(Rejection.notAllowedIn(state, "schedule-needs-trial-or-licence",
                    "The agreement has no trial or licence yet, so nothing falls due under it; it is " + state + "."));
        }
        Offer offer = States.offer(loaded.state());
        return ScheduleView.of(ledger, offer.terms().lateInterestDailyRate(), calendar.today());
    }

    private Currency currencyOf(AgreementId id) {
        return history.proposal(id, CurrentUser.require().asViewer()).terms().currency();
    }

    private static OrganisationId actor() {
        return CurrentUser.require().organisation();
    }
}
