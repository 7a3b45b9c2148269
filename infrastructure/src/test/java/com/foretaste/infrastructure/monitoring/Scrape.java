package com.foretaste.infrastructure.monitoring;

import com.foretaste.infrastructure.support.Api;

import java.util.Arrays;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

/** One scrape of /actuator/prometheus, read as Prometheus reads it: samples by name and labels. */
record Scrape(String text) {

    static Scrape of(Api caller) {
        Api.Response r = caller.get("/actuator/prometheus");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return new Scrape(r.text());
    }

    /** The sum of the samples named so that carry every label given ({@code key="value"}); 0 when there is none. */
    double sum(String sample, String... labels) {
        return samples(sample, labels).sum();
    }

    /** The value of the one sample named so with these labels, if it is there. */
    OptionalDouble value(String sample, String... labels) {
        double[] values = samples(sample, labels).toArray();
        assertThat(values.length).as(sample + " " + Arrays.toString(labels)).isLessThanOrEqualTo(1);
        return values.length == 0 ? OptionalDouble.empty() : OptionalDouble.of(values[0]);
    }

    private java.util.stream.DoubleStream samples(String sample, String... labels) {
        return text.lines().filter(l -> !l.startsWith("#"))
                .filter(l -> l.startsWith(sample + "{") || l.startsWith(sample + " "))
                .filter(l -> Arrays.stream(labels).allMatch(l::contains))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)));
    }
}
