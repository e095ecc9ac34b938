package io.lightwaveos.bench.collector;

import io.lightwaveos.bench.collector.internal.netty.NettyDeviceLink;
import io.lightwaveos.bench.collector.internal.session.HandOffQueue;
import io.lightwaveos.bench.collector.internal.session.Session;
import io.lightwaveos.bench.collector.internal.session.SinkPump;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Collects benchmark frames from a LightwaveOS device (or the simulator) into a
 * {@link CollectionSink}.
 *
 * <pre>{@code
 * InMemorySink sink = new InMemorySink();
 * CollectionResult result = Collector.collect(
 *         CollectorConfig.builder().url("ws://192.168.1.40/ws").duration(Duration.ofSeconds(30)).build(), sink);
 * double[] avgTotalUs = sink.series(Metric.AVG_TOTAL_US);
 * }</pre>
 *
 * <p>Each collection runs on its own threads: one Netty event loop (socket and session logic) and
 * one sink thread; both are daemon threads and end with the collection.
 */
public final class Collector {

    private Collector() {
    }

    /**
     * Starts a collection and returns at once.
     *
     * @throws IllegalStateException if {@code wss://} is asked for and TLS cannot be set up
     */
    public static CollectionHandle start(CollectorConfig config, CollectionSink sink) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(sink, "sink");
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1,
                new DefaultThreadFactory("lwos-collector", true), NioIoHandler.newFactory());
        try {
            NettyDeviceLink link = new NettyDeviceLink(config, group.next());
            HandOffQueue queue = new HandOffQueue(config.lowWatermark(), config.highWatermark(), link);
            SplittableRandom jitter = config.seed().isPresent()
                    ? new SplittableRandom(config.seed().getAsLong()) : new SplittableRandom();
            Session session = new Session(config, link, queue, jitter);
            link.bind(session);
            Executor sessionThread = link.executor();
            CompletableFuture<CollectionResult> completion = new CompletableFuture<>();
            completion.whenComplete((result, error) -> group.shutdownGracefully(0, 1, TimeUnit.SECONDS));
            Thread pump = new Thread(new SinkPump(queue, sink,
                    error -> sessionThread.execute(() -> session.onSinkFailed(error)), completion),
                    "lwos-collector-sink");
            pump.setDaemon(true);
            pump.start();
            sessionThread.execute(session::start);
            return new CollectionHandle(config.source(), session, queue, sessionThread, completion);
        } catch (RuntimeException | Error e) {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            throw e;
        }
    }

    /**
     * Collects until a stop condition and returns the result: for harnesses and tests. If the
     * calling thread is interrupted, the collection is stopped cleanly, the INTERRUPTED result is
     * returned and the thread's interrupt flag is set again.
     *
     * @throws CollectorException if the collection failed (unreachable, rejected, reconnect timeout, ...)
     */
    public static CollectionResult collect(CollectorConfig config, CollectionSink sink) {
        return start(config, sink).awaitStoppingOnInterrupt().orThrow();
    }
}
