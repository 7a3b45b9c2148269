package com.foretaste.infrastructure.chaos;

import com.foretaste.infrastructure.support.Api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One command a client sent under chaos: what it asks (user, path, body), the Idempotency-Key every attempt
 * carries, the text it is found by in the store (a proposal's field of use, a payment's reference), and what
 * came back: the first success (2xx), if any, and anything that would be a wrong answer.
 */
final class SentCommand {

    enum Kind {
        PROPOSE("AgreementProposed"), ACCEPT("TrialStarted"), PURCHASE("LicencePurchased"), PAY("PaymentRecorded");

        /** The event that records the command; found once in the store for every command acknowledged. */
        final String event;

        Kind(String event) {
            this.event = event;
        }
    }

    final Kind kind;
    final String user;
    final String path;
    final String body;
    final String key;
    /** The agreement the command is for; for a proposal, the one its first success names. */
    String agreementId;
    /** The proposal's field of use or the payment's reference: unique to this command. */
    final String mark;
    int attempts;
    Api.Response acknowledged;
    Api.Response refusal;
    final List<String> wrongAnswers = new ArrayList<>();

    SentCommand(Kind kind, String user, String path, String body, String key, String agreementId, String mark) {
        this.kind = kind;
        this.user = user;
        this.path = path;
        this.body = body;
        this.key = key;
        this.agreementId = agreementId;
        this.mark = mark;
    }

    boolean isAcknowledged() {
        return acknowledged != null;
    }

    void wrong(String why) {
        wrongAnswers.add(kind + " " + key + " (" + path + "): " + why);
    }

    /** A repeat with the key must bring back the first success exactly: status, body and Location. */
    void checkRepeat(Api.Response repeat, String where) {
        if (repeat.status() != acknowledged.status() || !repeat.text().equals(acknowledged.text())
                || !Objects.equals(repeat.location(), acknowledged.location())) {
            wrong("a repeat at " + where + " answered " + repeat.status() + " " + repeat.text()
                    + " where the first success was " + acknowledged.status() + " " + acknowledged.text());
        }
    }
}
