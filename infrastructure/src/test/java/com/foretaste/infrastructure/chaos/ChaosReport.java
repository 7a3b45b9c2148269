package com.foretaste.infrastructure.chaos;

import java.time.Duration;
import java.util.List;

/** The figures of one chaos run, as docs/operations.md reports them. */
record ChaosReport(long seed, int nodes, int clients, int killsAsked, int kills, int failedStarts, int commandsSent, int acknowledged,
                   int neverAcknowledged, int recordedUnanswered, long attempts, long unanswered, long serverErrors,
                   long transientConflicts, long repeatsChecked, long answersRecovered, int payments, long events,
                   long commandEvents, int lost, int doubled, List<String> wrongAnswers, List<String> storeProblems,
                   boolean readModelsEqual, String rebuild, boolean chainVerified, String verification, Duration time) {

    String text() {
        return String.join("\n",
                "Chaos run: seed " + seed + ", " + nodes + " nodes, " + clients + " clients, " + time.toSeconds()
                        + " s",
                "  kills (SIGKILL) ................ " + kills + (kills < killsAsked ? " of " + killsAsked
                        + " asked (time budget spent)" : "") + (failedStarts == 0 ? ""
                        : " (starts not ready in time, killed and tried again: " + failedStarts + ")"),
                "  commands sent .................. " + commandsSent,
                "  acknowledged (2xx) ............. " + acknowledged + " (payments: " + payments + ")",
                "  answers lost, recovered by key . " + answersRecovered,
                "  never acknowledged ............. " + neverAcknowledged + " (of which recorded: " + recordedUnanswered
                        + ")",
                "  attempts ....................... " + attempts + " (no answer: " + unanswered + ", 5xx: " + serverErrors
                        + ", transient 409: " + transientConflicts + ")",
                "  repeats of a success checked ... " + repeatsChecked,
                "  events in the store ............ " + events + " (recording the commands: " + commandEvents + ")",
                "  lost ........................... " + lost,
                "  doubled ........................ " + doubled,
                "  wrong answers .................. " + wrongAnswers.size(),
                "  read models equal a rebuild .... " + readModelsEqual + " " + rebuild,
                "  hash chain verifies ............ " + chainVerified + " " + verification)
                + (wrongAnswers.isEmpty() ? "" : "\nWrong answers:\n  " + String.join("\n  ", wrongAnswers))
                + (storeProblems.isEmpty() ? "" : "\nIn the store:\n  " + String.join("\n  ", storeProblems));
    }
}
