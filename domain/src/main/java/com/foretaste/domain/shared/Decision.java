package com.foretaste.domain.shared;

import java.util.List;

/** The outcome of deciding a command: the events it causes, or the reason it is refused. */
public sealed interface Decision<E> {

    record Accepted<E>(List<E> events) implements Decision<E> {
        public Accepted {
            events = List.copyOf(events);
        }
    }

    record Rejected<E>(Rejection rejection) implements Decision<E> {
    }

    @SafeVarargs
    static <E> Decision<E> accept(E... events) {
        return new Accepted<>(List.of(events));
    }

    static <E> Decision<E> reject(Rejection rejection) {
        return new Rejected<>(rejection);
    }
}
