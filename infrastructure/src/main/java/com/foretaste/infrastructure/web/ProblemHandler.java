package com.foretaste.infrastructure.web;

import com.foretaste.domain.shared.InvalidValueException;
import com.foretaste.application.audit.Audit;
import com.foretaste.application.endofday.EndOfDay;
import com.foretaste.domain.shared.Rejection;
import com.foretaste.domain.shared.RejectionKind;
import com.foretaste.infrastructure.platform.EndOfDayRunningException;
import com.foretaste.infrastructure.platform.AggregateHeldException;
import com.foretaste.infrastructure.platform.StreamNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.springframework.security.access.AccessDeniedException;
import org.slf4j.LoggerFactory;
import com.foretaste.infrastructure.axon.CommandRejectedException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.UUID;

/** Turns every refusal into a problem document that says which field, which rule, which state. */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    /** Request attribute marking an answer that a retry may change, so it is not kept for its Idempotency-Key. */
    static final String TRANSIENT = "foretaste.transient-outcome";

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);
    /** The rules by which an organisation that is no party to an agreement, a policy or a guarantee is refused. */
    private static final java.util.Set<String> NO_PARTY_RULES = java.util.Set.of("party-to-agreement",
            com.foretaste.domain.insurance.policy.PolicyAccess.PARTY_RULE,
            com.foretaste.domain.guarantee.financing.GuaranteeAccess.PARTY_RULE);
    /** The rules of a policy or claim not found, answered as such. */
    private static final java.util.Set<String> POLICY_RULES = java.util.Set.of(
            com.foretaste.domain.insurance.policy.PolicyAccess.PARTY_RULE, "policy-quoted", "claim-filed");
    /** The rules of a guarantee or call not found, answered as such. */
    private static final java.util.Set<String> GUARANTEE_RULES = java.util.Set.of(
            com.foretaste.domain.guarantee.financing.GuaranteeAccess.PARTY_RULE, "guarantee-requested", "call-made");

    @ExceptionHandler(CommandRejectedException.class)
    ProblemDetail rejected(CommandRejectedException e) {
        Rejection r = e.rejection();
        if (r.kind() == RejectionKind.NOT_FOUND || NO_PARTY_RULES.contains(r.rule())) {
            if (GUARANTEE_RULES.contains(r.rule())) {
                return Problems.of(HttpStatus.NOT_FOUND, "not-found",
                        "No guarantee or call at this address is visible to your organisation.");
            }
            return POLICY_RULES.contains(r.rule()) ? Problems.of(HttpStatus.NOT_FOUND, "not-found",
                    "No policy or claim at this address is visible to your organisation.") : notVisible();
        }
        ProblemDetail problem = switch (r.kind()) {
            case INVALID -> Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", r.message());
            case NOT_A_PARTY -> Problems.of(HttpStatus.FORBIDDEN, "forbidden", r.message());
            case NOT_ALLOWED_IN_STATE -> Problems.of(HttpStatus.CONFLICT, "not-allowed-in-state", r.message());
            case NOT_FOUND -> throw new IllegalStateException("handled above");
        };
        return Problems.withRule(problem, r.rule(), r.field(), r.state());
    }

    /** Unknown and not-yours are answered alike, so nobody learns of agreements they are no party to. */
    static ProblemDetail notVisible() {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", "No agreement at this address is visible to your organisation.");
    }

    @ExceptionHandler(Audit.BrokenStoreException.class)
    ProblemDetail brokenStore(Audit.BrokenStoreException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "store-does-not-verify", e.getMessage());
        problem.setProperty("firstBroken", e.link());
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return Problems.of(HttpStatus.FORBIDDEN, "forbidden", e.getMessage());
    }

    @ExceptionHandler(EndOfDay.DateInThePastException.class)
    ProblemDetail pastDate(EndOfDay.DateInThePastException e) {
        return Problems.withRule(Problems.of(HttpStatus.CONFLICT, "not-allowed-in-state", e.getMessage()),
                "business-date-forward-only", null, e.businessDate().toString());
    }

    @ExceptionHandler(EndOfDayRunningException.class)
    ProblemDetail endOfDayRunning(EndOfDayRunningException e, HttpServletRequest request) {
        request.setAttribute(TRANSIENT, true);
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "end-of-day-running", e.getMessage());
        e.run().ifPresent(run -> problem.setProperty("run", "/api/business-days/runs/" + run));
        return problem;
    }

    /** Held until the operator retries or resolves the failure: a retry later may be answered differently. */
    @ExceptionHandler(AggregateHeldException.class)
    ProblemDetail held(AggregateHeldException e, HttpServletRequest request) {
        request.setAttribute(TRANSIENT, true);
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "held-by-end-of-day", e.getMessage());
        problem.setProperty("failure", e.failureId());
        return problem;
    }

    @ExceptionHandler(InvalidFieldException.class)
    ProblemDetail invalidField(InvalidFieldException e) {
        return Problems.withRule(Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", e.getMessage()),
                e.rule(), e.field(), null);
    }

    @ExceptionHandler(InvalidHeaderException.class)
    ProblemDetail invalidHeader(InvalidHeaderException e) {
        return Problems.forHeader(e.header(), e.rule(), e.getMessage());
    }

    @ExceptionHandler(InvalidValueException.class)
    ProblemDetail invalidValue(InvalidValueException e) {
        return Problems.withRule(Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", e.getMessage()),
                e.rule(), null, null);
    }

    @ExceptionHandler({NotFoundException.class, StreamNotFoundException.class})
    ProblemDetail notFound(RuntimeException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", e.getMessage());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail aggregateNotFound(AggregateNotFoundException e) {
        return notVisible();
    }

    /** A transient conflict: the idempotency filter does not keep it as the request's outcome. */
    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ProblemDetail concurrent(RuntimeException e, HttpServletRequest request) {
        request.setAttribute(TRANSIENT, true);
        return Problems.of(HttpStatus.CONFLICT, "concurrent-modification",
                "Another change to the same agreement was recorded first; read it again and retry.");
    }

    /** Anything unforeseen: logged with an id the caller can quote, and nothing internal disclosed. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        String incident = UUID.randomUUID().toString();
        LOG.error("Unexpected failure, incident {}", incident, e);
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "The service failed to handle the request; quote incident " + incident + " to the operator.");
        problem.setProperty("incident", incident);
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return Problems.withRule(Problems.of(HttpStatus.BAD_REQUEST, "invalid-input",
                Problems.quote(e.getValue()) + " is not a valid " + e.getName()), "well-formed", e.getName(), null);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = MalformedRequests.problem(ex.getCause());
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    /** A path segment left blank ({@code /api/agreements/%20/acceptance}) names nothing: the caller's error. */
    @Override
    protected ResponseEntity<Object> handleMissingPathVariable(MissingPathVariableException ex, HttpHeaders headers,
                                                               HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.withRule(Problems.of(HttpStatus.BAD_REQUEST, "invalid-input",
                "the path gives no " + ex.getVariableName()), "well-formed", ex.getVariableName(), null);
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * Every answer Spring MVC makes itself (405, 406, 415, a missing parameter, no such resource) in the
     * API's own problem catalogue, with a detail of bounded length.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail spring && (spring.getType() == null
                || "about:blank".equals(spring.getType().toString()))) {
            ProblemDetail problem = Problems.of(statusCode, Problems.typeFor(statusCode),
                    spring.getDetail() == null ? Problems.typeFor(statusCode).replace('-', ' ') : spring.getDetail());
            return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }
}
