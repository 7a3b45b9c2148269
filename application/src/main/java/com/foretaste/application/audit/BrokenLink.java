package com.foretaste.application.audit;

/** The first place where the stored events no longer match their chain or a digest. */
public record BrokenLink(String aggregateId, long sequence, Long globalIndex, String problem) {
}
