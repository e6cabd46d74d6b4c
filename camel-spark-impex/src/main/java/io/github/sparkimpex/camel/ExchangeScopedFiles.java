package io.github.sparkimpex.camel;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;
import org.apache.camel.util.FileUtil;

/** Downloaded packages live as long as the exchange that carries them, so nothing piles up on disk. */
final class ExchangeScopedFiles {

    private ExchangeScopedFiles() {
    }

    static void deleteOnCompletion(Exchange exchange, List<Path> files) {
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                files.forEach(file -> FileUtil.deleteFile(file.toFile()));
            }
        });
    }

    static File[] asFiles(List<Path> files) {
        return files.stream().map(Path::toFile).toArray(File[]::new);
    }
}
