package com.foretaste.infrastructure.insurance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.foretaste.domain.insurance.policy.ClaimId;
import com.foretaste.domain.insurance.policy.PolicyCommand;
import com.foretaste.domain.insurance.policy.PolicyId;
import com.foretaste.domain.insurance.policy.PremiumPayer;
import com.foretaste.infrastructure.platform.EventView;
import com.foretaste.infrastructure.platform.StreamHistory;
import com.foretaste.infrastructure.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import static com.foretaste.infrastructure.web.RequestFields.money;
import static com.foretaste.infrastructure.web.RequestFields.oneOf;
import static com.foretaste.infrastructure.web.RequestFields.required;

/** The insurance policy resource: quote, premium, cancellation, reads of state and history. */
@RestController
@RequestMapping("/api/policies")
class PolicyController {

    private final PolicyQuotes quotes;
    private final PolicyCommands commands;
    private final StreamHistory history;
    private final ObjectMapper mapper;

    PolicyController(PolicyQuotes quotes, PolicyCommands commands, StreamHistory history, ObjectMapper mapper) {
        this.quotes = quotes;
        this.commands = commands;
        this.history = history;
        this.mapper = mapper;
    }

    /** The caller's organisation, an insurer, quotes a policy on an agreement. */
    @PostMapping
    ResponseEntity<PolicyView> quotePolicy(@RequestBody PolicyRequests.Quote body, HttpServletRequest request) {
        PolicyView quoted = quotes.quote(body, request);
        return ResponseEntity.created(URI.create("/api/policies/" + quoted.id())).body(quoted);
    }

    @PostMapping("/{id}/premium-payments")
    PolicyView payPremium(@PathVariable UUID id, @RequestBody PolicyRequests.PremiumPayment body, HttpServletRequest request) {
        PremiumPayer payer = oneOf(PremiumPayer.class, body.payer(), "payer");
        return commands.execute(new PolicyCommand.RecordPremiumPayment(new PolicyId(id), PolicyCommands.actor(), payer,
                money(body.amount(), "amount", quotes.currency(id)), body.reference()), request);
    }

    @PostMapping("/{id}/cancellation")
    PolicyView cancelPolicy(@PathVariable UUID id, @RequestBody(required = false) PolicyRequests.Cancellation body,
                            HttpServletRequest request) {
        return commands.execute(new PolicyCommand.CancelPolicy(new PolicyId(id), PolicyCommands.actor(),
                body == null ? null : body.reason()), request);
    }

    /** The insured files a claim; the answer is the policy with the new claim (its Location names the claim). */
    @PostMapping("/{id}/claims")
    ResponseEntity<PolicyView> fileClaim(@PathVariable UUID id, @RequestBody PolicyRequests.Filing body,
                                         HttpServletRequest request) {
        ClaimId claimId = new ClaimId(com.foretaste.infrastructure.web.CommandSender.idempotentId(request, "claim")
                .orElseGet(UUID::randomUUID));
        PolicyView view = commands.execute(new PolicyCommand.FileClaim(new PolicyId(id), PolicyCommands.actor(), claimId,
                required(body.defaultedOn(), "defaultedOn")), request);
        return ResponseEntity.created(URI.create("/api/policies/" + id + "/claims/" + claimId)).body(view);
    }

    @GetMapping("/{id}")
    PolicyView policy(@PathVariable UUID id) {
        return commands.current(new PolicyId(id));
    }

    @GetMapping("/{id}/events")
    List<EventView> policyEvents(@PathVariable UUID id) {
        StreamHistory.Loaded loaded = history.atVersion(PolicyInstrument.TYPE, id.toString(), CurrentUser.require().asViewer(),
                history.visible(id.toString(), CurrentUser.require().asViewer()).version());
        return loaded.events().stream().map(e -> EventView.of(e, mapper)).toList();
    }
}
