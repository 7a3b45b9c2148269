package com.foretaste.infrastructure.support;

import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Callers of a running embedded-default service, as its demo users (password "demo"). */
public final class DemoApi {

    private final String base;

    public DemoApi(ConfigurableApplicationContext context) {
        this.base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public Api as(String username) {
        return new Api(base, username, "demo");
    }
}
