package io.lightwaveos.bench.collector.internal.session;

import io.lightwaveos.bench.collector.CollectionResult;

/**
 * The last item a session puts into the hand-off queue: the result as the session saw it. The
 * sink thread completes the collection when it reaches it.
 */
public record SessionEnd(CollectionResult result) {
}
