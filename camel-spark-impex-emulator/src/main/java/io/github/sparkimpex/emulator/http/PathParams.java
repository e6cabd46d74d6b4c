package io.github.sparkimpex.emulator.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.PathTemplateMatch;

/** Path template parameters set by Undertow's routing. */
public final class PathParams {

    private PathParams() {
    }

    public static String get(HttpServerExchange exchange, String name) {
        PathTemplateMatch match = exchange.getAttachment(PathTemplateMatch.ATTACHMENT_KEY);
        String value = match == null ? null : match.getParameters().get(name);
        if (value == null) {
            throw new IllegalStateException("No path parameter " + name + " on " + exchange.getRequestPath());
        }
        return value;
    }
}
