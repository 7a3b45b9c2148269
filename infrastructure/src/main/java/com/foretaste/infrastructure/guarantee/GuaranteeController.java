package com.foretaste.infrastructure.guarantee;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.foretaste.domain.guarantee.financing.CallId;
import com.foretaste.domain.guarantee.financing.GuaranteeCommand;
import com.foretaste.domain.guarantee.financing.GuaranteeId;
import com.foretaste.infrastructure.platform.EventView;
import com.foretaste.infrastructure.platform.StreamHistory;
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

import java.net.URI;
import java.util.List;
import java.util.UUID;

import static com.foretaste.infrastructure.web.RequestFields.money;
import static com.foretaste.infrastructure.web.RequestFields.required;

/** The financing guarantee resource: request, approval or decline, fee, the call, reads of state and history. */
@RestController
@RequestMapping("/api/guarantees")
class GuaranteeController {

    private final GuaranteeIntake intake;
    private final GuaranteeCommands commands;
    private final StreamHistory history;
    private final ObjectMapper mapper;

    GuaranteeController(GuaranteeIntake intake, GuaranteeCommands commands, StreamHistory history, ObjectMapper mapper) {
        this.intake = intake;
        this.commands = commands;
        this.history = history;
        this.mapper = mapper;
    }

    /** A party to the agreement (its licensor or licensee) or the guarantor requests a guarantee for it. */
    @PostMapping
    ResponseEntity<GuaranteeView> requestGuarantee(@RequestBody GuaranteeRequests.Request body, HttpServletRequest request) {
        GuaranteeView requested = intake.request(body, request);
        return ResponseEntity.created(URI.create("/api/guarantees/" + requested.id())).body(requested);
    }

    @PostMapping("/{id}/approval")
    GuaranteeView approveGuarantee(@PathVariable UUID id, HttpServletRequest request) {
        return intake.approve(id, request);
    }

    @PostMapping("/{id}/decline")
    GuaranteeView declineGuarantee(@PathVariable UUID id, @RequestBody GuaranteeRequests.Decline body,
                                   HttpServletRequest request) {
        return commands.execute(new GuaranteeCommand.DeclineGuarantee(new GuaranteeId(id), GuaranteeCommands.actor(),
                body.reason()), request);
    }

    @PostMapping("/{id}/fee-payments")
    GuaranteeView payGuaranteeFee(@PathVariable UUID id, @RequestBody GuaranteeRequests.FeePayment body,
                                  HttpServletRequest request) {
        return commands.execute(new GuaranteeCommand.RecordFeePayment(new GuaranteeId(id), GuaranteeCommands.actor(),
                money(body.amount(), "amount", intake.currency(id)), body.reference()), request);
    }

    /** The beneficiary calls the guarantee on a default; the answer's Location names the call. */
    @PostMapping("/{id}/calls")
    ResponseEntity<GuaranteeView> callGuarantee(@PathVariable UUID id, @RequestBody GuaranteeRequests.Call body,
                                                HttpServletRequest request) {
        CallId callId = new CallId(CommandSender.idempotentId(request, "call").orElseGet(UUID::randomUUID));
        GuaranteeView view = commands.execute(new GuaranteeCommand.CallGuarantee(new GuaranteeId(id),
                GuaranteeCommands.actor(), callId, required(body.defaultedOn(), "defaultedOn")), request);
        return ResponseEntity.created(URI.create("/api/guarantees/" + id + "/calls/" + callId)).body(view);
    }

    @GetMapping("/{id}")
    GuaranteeView guarantee(@PathVariable UUID id) {
        return commands.current(new GuaranteeId(id));
    }

    @GetMapping("/{id}/events")
    List<EventView> guaranteeEvents(@PathVariable UUID id) {
        StreamHistory.Loaded loaded = history.atVersion(GuaranteeInstrument.TYPE, id.toString(),
                CurrentUser.require().asViewer(), history.visible(id.toString(), CurrentUser.require().asViewer()).version());
        return loaded.events().stream().map(e -> EventView.of(e, mapper)).toList();
    }
}
