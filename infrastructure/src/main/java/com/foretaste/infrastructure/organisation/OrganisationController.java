package com.foretaste.infrastructure.organisation;

import com.foretaste.application.organisation.OrganisationDirectory;
import com.foretaste.application.organisation.UserDirectory;
import com.foretaste.domain.platform.organisation.OrganisationCommand;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.infrastructure.security.Passwords;
import com.foretaste.infrastructure.web.CommandSender;
import com.foretaste.infrastructure.web.InvalidFieldException;
import com.foretaste.infrastructure.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import static com.foretaste.infrastructure.web.RequestFields.money;
import static com.foretaste.infrastructure.web.RequestFields.required;

/**
 * The operator's management of the directory (docs/security.md): organisations, their users, the
 * audit firms assigned to them, and what the limits of guarantees need (a guarantor's net assets, an
 * obligor's related parties). Each change is a command on the organisation's register, an event on
 * its stream that audit covers like any other.
 */
@RestController
@RequestMapping("/api/organisations")
class OrganisationController {

    private final OrganisationCommands commands;
    private final OrganisationDirectory organisations;
    private final UserDirectory users;

    OrganisationController(OrganisationCommands commands, OrganisationDirectory organisations, UserDirectory users) {
        this.commands = commands;
        this.organisations = organisations;
        this.users = users;
    }

    @PostMapping
    ResponseEntity<OrganisationView> registerOrganisation(@RequestBody OrganisationRequests.RegisterOrganisation body,
                                              HttpServletRequest request) {
        OrganisationId id = new OrganisationId(CommandSender.idempotentId(request, "organisation").orElseGet(UUID::randomUUID));
        OrganisationView view = commands.execute(new OrganisationCommand.RegisterOrganisation(id, body.name(), body.role(),
                body.industryCode()), request);
        return ResponseEntity.created(URI.create("/api/organisations/" + id)).body(view);
    }

    /** The directory: every organisation's id, name and role (a licensor needs a licensee's id to propose). */
    @GetMapping
    List<OrganisationView.Entry> organisations() {
        return organisations.all().stream().map(OrganisationView.Entry::of).toList();
    }

    @GetMapping("/{id}")
    OrganisationView organisation(@PathVariable UUID id) {
        return commands.current(registered(id));
    }

    @PostMapping("/{id}/users")
    ResponseEntity<OrganisationView> registerUser(@PathVariable UUID id, @RequestBody OrganisationRequests.RegisterUser body,
                                                  HttpServletRequest request) {
        OrganisationId organisation = registered(id);
        Passwords.refusal(body.password()).ifPresent(reason -> {
            throw new InvalidFieldException("password", "password-policy", reason);
        });
        OrganisationView view = commands.registerUser(new OrganisationCommand.RegisterUser(organisation, body.username(),
                body.name(), body.role() == null ? organisations.find(organisation).orElseThrow().role() : body.role()),
                new Passwords.Secret.Typed(body.password()), request);
        return ResponseEntity.created(UriComponentsBuilder.fromPath("/api/organisations/{id}/users/{username}")
                .buildAndExpand(id, body.username()).encode().toUri()).body(view);
    }

    @PostMapping("/{id}/users/{username}/disable")
    OrganisationView disableUser(@PathVariable UUID id, @PathVariable String username,
                             @RequestBody(required = false) OrganisationRequests.DisableUser body, HttpServletRequest request) {
        OrganisationId organisation = registered(id);
        if (users.find(username).filter(u -> u.organisation().equals(organisation)).isEmpty()) {
            throw new NotFoundException("No user '" + username + "' is registered for organisation " + id + ".");
        }
        return commands.execute(new OrganisationCommand.DisableUser(organisation, username,
                body == null ? null : body.reason()), request);
    }

    @PostMapping("/{id}/auditor-assignments")
    ResponseEntity<OrganisationView> assignAuditor(@PathVariable UUID id, @RequestBody OrganisationRequests.AssignAuditor body,
                                                   HttpServletRequest request) {
        if (body.auditor() == null) {
            throw new InvalidFieldException("auditor", "required", "name the audit firm's organisation id in auditor");
        }
        OrganisationView view = commands.execute(new OrganisationCommand.AssignAuditor(registered(id),
                new OrganisationId(body.auditor())), request);
        return ResponseEntity.created(URI.create("/api/organisations/" + id + "/auditor-assignments/" + body.auditor())).body(view);
    }

    @PostMapping("/{id}/auditor-assignments/{auditor}/revocation")
    OrganisationView unassignAuditor(@PathVariable UUID id, @PathVariable UUID auditor, HttpServletRequest request) {
        return commands.execute(new OrganisationCommand.UnassignAuditor(registered(id), new OrganisationId(auditor)), request);
    }

    /** The operator records a guarantor's net assets from its accounts; the limits of its guarantees use the latest. */
    @PostMapping("/{id}/net-assets")
    ResponseEntity<OrganisationView> recordNetAssets(@PathVariable UUID id,
                                                     @RequestBody OrganisationRequests.RecordNetAssets body,
                                                     HttpServletRequest request) {
        OrganisationView view = commands.execute(new OrganisationCommand.RecordNetAssets(registered(id),
                money(body.netAssets(), "netAssets", Money.CNY), body.asOf(),
                Boolean.TRUE.equals(body.servesMainlySmallAndMicro())), request);
        return ResponseEntity.created(URI.create("/api/organisations/" + id)).body(view);
    }

    /** The operator registers a related party of an organisation (an obligor's group for the limits). */
    @PostMapping("/{id}/related-parties")
    ResponseEntity<OrganisationView> registerRelatedParty(@PathVariable UUID id,
                                                          @RequestBody OrganisationRequests.RegisterRelatedParty body,
                                                          HttpServletRequest request) {
        OrganisationView view = commands.execute(new OrganisationCommand.RegisterRelatedParty(registered(id),
                new OrganisationId(required(body.relatedParty(), "relatedParty")), body.relation()), request);
        return ResponseEntity.created(URI.create("/api/organisations/" + id + "/related-parties/" + body.relatedParty()))
                .body(view);
    }

    private OrganisationId registered(UUID id) {
        OrganisationId organisation = new OrganisationId(id);
        if (organisations.find(organisation).isEmpty()) {
            throw new NotFoundException("No organisation " + id + " is registered on the platform.");
        }
        return organisation;
    }
}
