package com.foretaste.infrastructure.licensing;

import com.foretaste.infrastructure.web.RequestFields;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.foretaste.application.licensing.AgreementSummaries;
import com.foretaste.application.licensing.PartyRules;
import com.foretaste.application.organisation.OrganisationDirectory;
import com.foretaste.domain.licensing.agreement.AgreementCommand;
import com.foretaste.domain.licensing.agreement.AgreementStatus;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.infrastructure.axon.CommandRejectedException;
import com.foretaste.infrastructure.platform.EventView;
import com.foretaste.infrastructure.security.CurrentUser;
import com.foretaste.infrastructure.security.ForetasteUser;
import com.foretaste.infrastructure.web.CommandSender;
import com.foretaste.infrastructure.web.InvalidFieldException;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** The licence agreement resource: proposal, withdrawal, acceptance, and reads of state and history. */
@RestController
@RequestMapping("/api/agreements")
class AgreementController {

    /** The answer to a proposal: the new agreement's id (its Location names it too). */
    @Schema(name = "AgreementCreated")
    record Created(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid") String id) {
    }

    static final int MAX_PAGE = 100_000;
    static final int MAX_SIZE = 200;

    private final AgreementCommands commands;
    private final AgreementHistory history;
    private final AgreementSummaries summaries;
    private final PartyRules partyRules;
    private final OrganisationDirectory directory;
    private final ObjectMapper mapper;

    AgreementController(AgreementCommands commands, AgreementHistory history, AgreementSummaries summaries,
                        PartyRules partyRules, OrganisationDirectory directory, ObjectMapper mapper) {
        this.commands = commands;
        this.history = history;
        this.summaries = summaries;
        this.partyRules = partyRules;
        this.directory = directory;
        this.mapper = mapper;
    }

    /** The caller's organisation, a licensor, proposes a trial to a licensee. */
    @PostMapping
    ResponseEntity<Created> propose(@RequestBody AgreementRequests.ProposeAgreement body,
                                                HttpServletRequest request) {
        ForetasteUser user = CurrentUser.require();
        AgreementId id = new AgreementId(CommandSender.idempotentId(request, "agreement").orElseGet(UUID::randomUUID));
        AgreementCommand.ProposeAgreement command = ProposalMapper.toCommand(id, user.organisation(), body);
        partyRules.checkLicensee(command.licensee()).ifPresent(r -> {
            throw new CommandRejectedException(r);
        });
        commands.send(command, request);
        return ResponseEntity.created(URI.create("/api/agreements/" + id))
                .body(new Created(id.toString()));
    }

    @PostMapping("/{id}/withdrawal")
    AgreementView withdraw(@PathVariable UUID id, @RequestBody(required = false) AgreementRequests.Withdrawal body,
                           HttpServletRequest request) {
        AgreementId agreementId = new AgreementId(id);
        String reason = body == null ? null : body.reason();
        return commands.execute(new AgreementCommand.WithdrawProposal(agreementId,
                CurrentUser.require().organisation(), reason), request);
    }

    @PostMapping("/{id}/acceptance")
    AgreementView accept(@PathVariable UUID id, HttpServletRequest request) {
        AgreementId agreementId = new AgreementId(id);
        return commands.execute(new AgreementCommand.AcceptTrial(agreementId,
                CurrentUser.require().organisation()), request);
    }

    @GetMapping("/{id}")
    AgreementView get(@PathVariable UUID id) {
        return commands.view(new AgreementId(id));
    }

    @GetMapping("/{id}/events")
    List<EventView> events(@PathVariable UUID id) {
        return history.load(new AgreementId(id), CurrentUser.require().asViewer()).events().stream()
                .map(e -> EventView.of(e, mapper)).toList();
    }

    /**
     * The agreements the caller may see, by latest proposal date, from the summary read model;
     * {@code party} narrows them to those an organisation is a party to.
     */
    @GetMapping
    List<AgreementSummaryView> list(@RequestParam(required = false) String state,
                                @RequestParam(required = false) String party,
                                @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || page > MAX_PAGE) {
            throw new InvalidFieldException("page", "paging-range", "page is 0 to " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidFieldException("size", "paging-range", "size is 1 to " + MAX_SIZE);
        }
        AgreementStatus status = state == null ? null : RequestFields.oneOf(AgreementStatus.class, state, "state");
        OrganisationId partyId = party == null ? null : RequestFields.field("party", () -> OrganisationId.parse(party));
        return summaries.visibleTo(CurrentUser.require().asViewer(), status, partyId, page * size, size).stream()
                .map(summary -> AgreementSummaryView.of(summary, directory)).toList();
    }
}
