package io.github.sparkimpex.examples.filedrop;

import java.io.File;

import org.apache.camel.Exchange;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileEndpoint;
import org.apache.camel.component.file.GenericFileOperations;
import org.apache.camel.component.file.strategy.FileChangedExclusiveReadLockStrategy;
import org.apache.camel.component.file.strategy.GenericFileExpressionRenamer;
import org.apache.camel.component.file.strategy.GenericFileRenameProcessStrategy;
import org.apache.camel.spi.Language;

/**
 * Where a package file goes when its exchange ends:
 * <ul>
 *   <li>imported: to {@code done/}, beside the import result the route wrote there;</li>
 *   <li>refused by Spark, or its import job failed: to {@code failed/}, beside the reason the route wrote there;</li>
 *   <li>Spark could not be asked ({@link SparkOutage}): nowhere. It stays in the inbox and the next poll offers it
 *       again, so nothing is lost while Spark is down, even if the application stops meanwhile.</li>
 * </ul>
 * camel-file's {@code move} and {@code moveFailed} options cannot say the third: {@code moveFailed} moves every failed
 * file, and without it a refused package would be offered again forever. This is camel-file's own rename strategy
 * (the one those options configure: {@code move=done&moveFailed=failed}) with a rollback that leaves the file alone
 * on an outage. As it replaces the strategy camel-file builds from the URI, the endpoint's {@code move},
 * {@code moveFailed} and {@code readLock} options do not apply; the read lock is set here.
 */
public final class PackageFileStrategy extends GenericFileRenameProcessStrategy<File> {

    /**
     * @param readLockCheckInterval how long a package's size must stay unchanged before it is read, in milliseconds:
     *                              a package still being copied into the inbox is left alone until the copy is done
     */
    public PackageFileStrategy(long readLockCheckInterval) {
        FileChangedExclusiveReadLockStrategy changed = new FileChangedExclusiveReadLockStrategy();
        changed.setCheckInterval(readLockCheckInterval);
        // A copy still growing after this long is skipped for this poll and looked at again on the next one.
        changed.setTimeout(Math.max(10_000, 10 * readLockCheckInterval));
        setExclusiveReadLockStrategy(changed);
    }

    @Override
    protected void doStart() throws Exception {
        // The same expressions camel-file makes of move=done and moveFailed=failed.
        Language file = getCamelContext().resolveLanguage("file");
        setCommitRenamer(new GenericFileExpressionRenamer<>(file.createExpression("${file:parent}/done/${file:onlyname}")));
        setFailureRenamer(new GenericFileExpressionRenamer<>(file.createExpression("${file:parent}/failed/${file:onlyname}")));
        super.doStart();
    }

    @Override
    public void rollback(GenericFileOperations<File> operations, GenericFileEndpoint<File> endpoint, Exchange exchange,
                         GenericFile<File> file) throws Exception {
        if (!SparkOutage.is(exchange.getException())) {
            super.rollback(operations, endpoint, exchange, file);
            return;
        }
        // What the rename strategy's rollback does, minus the move to failed/.
        try {
            operations.releaseRetrievedFileResources(exchange);
        } finally {
            exclusiveReadLockStrategy.releaseExclusiveReadLockOnRollback(operations, file, exchange);
            deleteLocalWorkFile(exchange);
        }
    }
}
