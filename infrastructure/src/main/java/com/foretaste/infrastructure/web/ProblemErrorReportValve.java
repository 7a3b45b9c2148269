package com.foretaste.infrastructure.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import java.io.IOException;
import java.io.Writer;

/**
 * Tomcat's own error report, for the errors that never reach the application's error page: a
 * minimal problem document instead of Tomcat's HTML page, naming no server and no Java type.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String type = status >= 500 ? "internal-error" : status == 404 ? "not-found" : "malformed-request";
        String body = "{\"type\":\"" + Problems.TYPE_PREFIX + type + "\",\"status\":" + status
                + ",\"detail\":\"The request could not be handled as sent.\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ignored) {
            // the connection is gone; there is nobody left to tell
        }
    }
}
