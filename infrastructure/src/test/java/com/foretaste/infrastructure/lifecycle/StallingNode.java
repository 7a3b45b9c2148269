package com.foretaste.infrastructure.lifecycle;

import com.foretaste.domain.licensing.agreement.AgreementCommand.ObserveBusinessDate;
import com.foretaste.infrastructure.ForetasteApplication;
import com.foretaste.infrastructure.licensing.ExecuteAgreementCommand;
import com.foretaste.infrastructure.support.TestClockConfiguration;
import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A node run as its own process, whose end-of-day visits stop for good after
 * {@code test.stall-after-visits}: it holds the run (its heartbeat goes on) until it is killed.
 */
public final class StallingNode {

    private StallingNode() {
    }

    public static void main(String[] args) {
        new SpringApplicationBuilder(ForetasteApplication.class, TestClockConfiguration.class, Stall.class)
                .profiles("postgres").run(args);
    }

    static class Stall {
        private final CountDownLatch never = new CountDownLatch(1);

        Stall(CommandBus bus, @Value("${test.stall-after-visits:2147483647}") int limit) {
            AtomicInteger visits = new AtomicInteger();
            bus.registerHandlerInterceptor((unitOfWork, chain) -> {
                if (unitOfWork.getMessage().getPayload() instanceof ExecuteAgreementCommand envelope
                        && envelope.command() instanceof ObserveBusinessDate
                        && visits.incrementAndGet() > limit) {
                    never.await();
                }
                return chain.proceed();
            });
        }
    }
}
