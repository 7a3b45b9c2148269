package com.foretaste.infrastructure;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ForetasteApplication {

    public static void main(String[] args) {
        SpringApplication.run(ForetasteApplication.class, args);
    }
}
