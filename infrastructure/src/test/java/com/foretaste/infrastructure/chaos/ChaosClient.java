package com.foretaste.infrastructure.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.foretaste.infrastructure.chaos.SentCommand.Kind;
import com.foretaste.infrastructure.support.Proposals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static com.foretaste.infrastructure.support.TestUsers.QINLING_ORG;

/**
 * One client of the service under chaos, going through licences one after the other as the README's flow
 * does: the university proposes, Qinling accepts (the trial starts) and buys the licence, and the university
 * records payments, each with a reference of its own. Every command carries a fresh Idempotency-Key; a quarter
 * of the acknowledged ones are sent again at once, to check the repeat gets the first answer back.
 */
final class ChaosClient implements Runnable {

    static final int PAYMENTS_PER_LICENCE = 3;
    static final String PAYMENT = "{\"reference\": \"%s\", \"amount\": {\"amount\": \"1000.00\"}}";

    private final int id;
    private final Delivery delivery;
    private final Random random;
    private final AtomicBoolean stop;
    private final AtomicLong acknowledged;
    private final List<SentCommand> sent = new ArrayList<>();
    private int licences;

    ChaosClient(int id, Delivery delivery, Random random, AtomicBoolean stop, AtomicLong acknowledged) {
        this.id = id;
        this.delivery = delivery;
        this.random = random;
        this.stop = stop;
        this.acknowledged = acknowledged;
    }

    @Override
    public void run() {
        while (!stop.get()) {
            licence();
        }
    }

    /** Every command this client sent; read once the client ended. */
    List<SentCommand> sent() {
        return sent;
    }

    private void licence() {
        String lot = "chaos lot " + id + "-" + ++licences;
        SentCommand proposal = send(new SentCommand(Kind.PROPOSE, "university", "/api/agreements",
                Proposals.shaanxiStyle(QINLING_ORG, lot), key(), null, lot));
        if (!proposal.isAcknowledged() || proposal.acknowledged.json() == null
                || proposal.acknowledged.json().get("id") == null) {
            return;
        }
        String agreement = proposal.acknowledged.json().get("id").asText();
        proposal.agreementId = agreement;
        if (stop.get()) {
            return;
        }
        String path = "/api/agreements/" + agreement;
        if (!send(new SentCommand(Kind.ACCEPT, "qinling", path + "/acceptance", null, key(), agreement, null))
                .isAcknowledged() || stop.get()) {
            return;
        }
        if (!send(new SentCommand(Kind.PURCHASE, "qinling", path + "/purchase", null, key(), agreement, null))
                .isAcknowledged()) {
            return;
        }
        for (int p = 1; p <= PAYMENTS_PER_LICENCE && !stop.get(); p++) {
            String reference = "CHAOS-" + id + "-" + licences + "-" + p;
            if (!send(new SentCommand(Kind.PAY, "university", path + "/payments", PAYMENT.formatted(reference),
                    key(), agreement, reference)).isAcknowledged()) {
                return;
            }
        }
    }

    private SentCommand send(SentCommand command) {
        sent.add(command);
        delivery.deliver(command);
        if (command.isAcknowledged()) {
            acknowledged.incrementAndGet();
            checkNamesItsAgreement(command);
            if (random.nextInt(4) == 0) {
                delivery.repeat(command);
            }
        }
        return command;
    }

    /** The answer to a command on an agreement is that agreement, never another one. */
    private static void checkNamesItsAgreement(SentCommand command) {
        JsonNode answer = command.acknowledged.json();
        if (answer == null || answer.get("id") == null) {
            command.wrong("a success without the agreement: " + command.acknowledged.text());
        } else if (command.agreementId != null && !command.agreementId.equals(answer.get("id").asText())) {
            command.wrong("the answer names agreement " + answer.get("id").asText());
        }
    }

    private static String key() {
        return "chaos-" + UUID.randomUUID();
    }
}
