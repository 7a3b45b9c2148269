package com.foretaste.infrastructure.readmodel;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The operator sees the events each read-model processor parked and has them handled again. */
@RestController
@RequestMapping("/api/read-models/{processor}/dead-letters")
class DeadLetterController {

    private final DeadLetters letters;

    DeadLetterController(DeadLetters letters) {
        this.letters = letters;
    }

    @GetMapping
    List<ParkedEvent> deadLetters(@PathVariable String processor) {
        return letters.parked(processor);
    }

    @PostMapping("/retry")
    RetryOutcome retryDeadLetters(@PathVariable String processor) {
        return letters.retry(processor);
    }
}
