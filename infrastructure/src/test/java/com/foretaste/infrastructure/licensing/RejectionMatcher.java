package com.foretaste.infrastructure.licensing;

import com.foretaste.domain.shared.RejectionKind;
import com.foretaste.infrastructure.axon.CommandRejectedException;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;

/** Matches the exception a shell throws when its decider refuses a command for a given rule. */
final class RejectionMatcher extends TypeSafeMatcher<CommandRejectedException> {

    private final RejectionKind kind;
    private final String rule;

    private RejectionMatcher(RejectionKind kind, String rule) {
        this.kind = kind;
        this.rule = rule;
    }

    static RejectionMatcher rejectedFor(RejectionKind kind, String rule) {
        return new RejectionMatcher(kind, rule);
    }

    @Override
    protected boolean matchesSafely(CommandRejectedException rejected) {
        return rejected.rejection().kind() == kind && rejected.rejection().rule().equals(rule);
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a command rejected as " + kind + " under rule " + rule);
    }

    @Override
    protected void describeMismatchSafely(CommandRejectedException rejected, Description mismatch) {
        mismatch.appendText("was rejected as " + rejected.rejection());
    }
}
