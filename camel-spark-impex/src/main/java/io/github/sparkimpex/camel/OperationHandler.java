package io.github.sparkimpex.camel;

import java.util.concurrent.CompletableFuture;

import org.apache.camel.Exchange;

/** One producer operation. Input errors are thrown at once; everything remote completes the returned future. */
interface OperationHandler {

    CompletableFuture<Void> handle(Exchange exchange) throws Exception;
}
