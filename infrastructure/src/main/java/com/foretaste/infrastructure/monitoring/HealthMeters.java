package com.foretaste.infrastructure.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;

import java.util.List;

/**
 * The health of the node and of the components an operator alerts on, as a gauge a scrape reads:
 * {@value #NAME} is 1 while UP, 0 otherwise, tagged {@code component} ({@code all} for the whole), so one
 * alert rule covers what /actuator/health says without a probe of its own.
 */
class HealthMeters implements MeterBinder {

    static final String NAME = "foretaste.health";
    static final List<String> COMPONENTS = List.of("db", "readModels", "endOfDay");

    private final ObjectProvider<HealthEndpoint> health;

    HealthMeters(ObjectProvider<HealthEndpoint> health) {
        this.health = health;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        register(registry, "all");
        COMPONENTS.forEach(component -> register(registry, component));
    }

    private void register(MeterRegistry registry, String component) {
        Gauge.builder(NAME, this, meters -> meters.up(component)).tag("component", component)
                .description("1 while the component (all: the node's whole health) is UP, 0 otherwise").register(registry);
    }

    private double up(String component) {
        HealthEndpoint endpoint = health.getIfAvailable();
        if (endpoint == null) {
            return Double.NaN;
        }
        HealthComponent state = component.equals("all") ? endpoint.health() : endpoint.healthForPath(component);
        return state == null ? Double.NaN : Status.UP.equals(state.getStatus()) ? 1 : 0;
    }
}
