package io.lightwaveos.bench.collector;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.frame.BenchmarkFrame;
import io.lightwaveos.bench.frame.Flags;
import io.lightwaveos.bench.frame.FrameEncoder;
import io.lightwaveos.bench.run.RunStatus;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A device that sends a burst of pings without reading a byte of what it is sent, then one
 * benchmark frame; only once the collector has taken that frame (so it has seen every ping) does
 * the device start reading, and it counts the pongs that were waiting for it (until the close).
 * Without a bound the collector queues one pong per ping, so the device gets all of them; with a
 * small send buffer, Netty's write-buffer water marks and the pong guard it gets at most what the
 * two sockets' buffers and the high water mark hold. The count depends on what was sent, not on how fast anything ran.
 */
class CollectorPingFloodTest {

    private static final int PINGS = 20_000;
    private static final int PING_PAYLOAD = 125;
    /** A pong as the collector sends it: 2 header bytes, 4 mask bytes, the ping's payload. */
    private static final int PONG_BYTES = 2 + 4 + PING_PAYLOAD;
    /** The collector's high write-buffer water mark and socket send buffer (NettyDeviceLink). */
    private static final long HIGH_WATER_MARK = 256 * 1024;
    private static final long SEND_BUFFER = 64 * 1024;
    /** What the device's socket may buffer: Linux doubles the requested size. */
    private static final int DEVICE_RECEIVE_BUFFER = 8 * 1024;

    @Test
    void aDeviceThatFloodsPingsWithoutReadingGetsABoundedNumberOfPongsAndTheStopStillWorks() throws Exception {
        // Linux doubles the buffer sizes asked for; one pong may cross the high water mark.
        long bound = (2 * SEND_BUFFER + 2L * DEVICE_RECEIVE_BUFFER + HIGH_WATER_MARK) / PONG_BYTES + 1;
        assertThat(bound).as("the test floods well past what the bound allows").isLessThan(PINGS / 2);
        try (ServerSocket server = new ServerSocket()) {
            server.setReceiveBufferSize(DEVICE_RECEIVE_BUFFER);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1);
            FloodingDevice device = new FloodingDevice(server);
            CompletableFuture<Long> pongs = CompletableFuture.supplyAsync(device::run,
                    task -> new Thread(task, "flooding-device").start());
            CollectionHandle collection = Collector.start(CollectorConfig.builder()
                    .url("ws://127.0.0.1:" + server.getLocalPort() + "/ws").connectTimeout(Duration.ofSeconds(30))
                    .deviceInfoTimeout(Duration.ofMillis(100)).untilStopped().reconnect(false).build(),
                    new InMemorySink());
            while (collection.progress().samples() < 1 && !collection.isDone() && !pongs.isDone()) {
                Thread.sleep(10);
            }
            assertThat(collection.progress().samples()).as("the frame after the pings arrived").isEqualTo(1);
            // Every ping came before that frame: whatever the collector queued for them is queued now.
            device.startReading();
            collection.stop();
            CollectionResult result = collection.await(Duration.ofSeconds(60));

            assertThat(result.status()).isEqualTo(RunStatus.INTERRUPTED);
            long received = pongs.get(60, TimeUnit.SECONDS);
            assertThat(received).as("pongs the device got for %d pings", PINGS).isLessThanOrEqualTo(bound);
        }
    }

    /**
     * Handshake, answer the subscribe, send the pings and one frame, then wait for the go-ahead
     * before reading anything; then count pongs until the unsubscribe, answer it and the close.
     */
    private static final class FloodingDevice {
        private static final Pattern REQUEST_ID = Pattern.compile("\"requestId\"\\s*:\\s*\"([^\"]*)\"");
        private final ServerSocket server;
        private final CompletableFuture<Void> mayRead = new CompletableFuture<>();

        FloodingDevice(ServerSocket server) {
            this.server = server;
        }

        void startReading() {
            mayRead.complete(null);
        }

        long run() {
            try (Socket s = server.accept()) {
                DataInputStream in = new DataInputStream(s.getInputStream());
                OutputStream out = s.getOutputStream();
                handshake(in, out);
                String subscribe = readText(in);
                assertThat(subscribe).contains("benchmark.subscribe");
                text(out, "{\"type\":\"benchmark.subscribed\",\"success\":true," + echo(subscribe)
                        + "\"data\":{\"clientId\":1,\"accepted\":true}}");
                byte[] ping = new byte[2 + PING_PAYLOAD];
                ping[0] = (byte) 0x89;
                ping[1] = PING_PAYLOAD;
                byte[] burst = new byte[ping.length * 1000];
                for (int i = 0; i < 1000; i++) {
                    System.arraycopy(ping, 0, burst, i * ping.length, ping.length);
                }
                for (int sent = 0; sent < PINGS; sent += 1000) {
                    out.write(burst);
                }
                binary(out, FrameEncoder.encode(BenchmarkFrame.compact(1000, 150f, 75f, 0.75f, 200, 100, 50, 25,
                        Flags.of(Flags.BENCHMARK_ENABLED), 0)));
                out.flush();
                mayRead.get(120, TimeUnit.SECONDS);
                return countPongs(in, out);
            } catch (Exception e) {
                throw new IllegalStateException("the flooding device failed: " + e, e);
            }
        }

        /** Pongs until the close frame or the end of the connection (the collector may give up waiting). */
        private static long countPongs(DataInputStream in, OutputStream out) {
            long pongs = 0;
            try {
                while (true) {
                    int opcode = in.readUnsignedByte() & 0x0F;
                    byte[] payload = payload(in);
                    if (opcode == 0xA) {
                        pongs++;
                    } else if (opcode == 0x1) {
                        String t = new String(payload, StandardCharsets.UTF_8);
                        if (t.contains("benchmark.unsubscribe")) {
                            text(out, "{\"type\":\"benchmark.unsubscribed\",\"success\":true," + echo(t)
                                    + "\"data\":{\"clientId\":1}}");
                        }
                    } else if (opcode == 0x8) {
                        out.write(new byte[] {(byte) 0x88, 0});
                        out.flush();
                        return pongs;
                    }
                }
            } catch (IOException e) {
                return pongs;
            }
        }

        private static String echo(String command) {
            Matcher m = REQUEST_ID.matcher(command);
            return m.find() ? "\"requestId\":\"" + m.group(1) + "\"," : "";
        }

        private static void handshake(InputStream in, OutputStream out) throws Exception {
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("closed during the handshake");
                }
                head.append((char) b);
            }
            String key = null;
            for (String line : head.toString().split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("sec-websocket-key:")) {
                    key = line.substring(line.indexOf(':') + 1).strip();
                }
            }
            String accept = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1")
                    .digest((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").getBytes(StandardCharsets.ISO_8859_1)));
            out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: " + accept + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }

        /** One text message from the collector (unfragmented, masked). */
        private static String readText(DataInputStream in) throws IOException {
            int opcode = in.readUnsignedByte() & 0x0F;
            byte[] payload = payload(in);
            assertThat(opcode).isEqualTo(1);
            return new String(payload, StandardCharsets.UTF_8);
        }

        /** The rest of a masked client frame after its first byte, unmasked. */
        private static byte[] payload(DataInputStream in) throws IOException {
            int second = in.readUnsignedByte();
            long length = second & 0x7F;
            if (length == 126) {
                length = in.readUnsignedShort();
            } else if (length == 127) {
                length = in.readLong();
            }
            byte[] mask = new byte[4];
            if ((second & 0x80) != 0) {
                in.readFully(mask);
            }
            byte[] payload = new byte[Math.toIntExact(length)];
            in.readFully(payload);
            for (int i = 0; i < payload.length; i++) {
                payload[i] ^= mask[i & 3];
            }
            return payload;
        }

        private static void text(OutputStream out, String text) throws IOException {
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            out.write(new byte[] {(byte) 0x81, (byte) b.length});
            out.write(b);
            out.flush();
        }

        private static void binary(OutputStream out, byte[] b) throws IOException {
            out.write(new byte[] {(byte) 0x82, (byte) b.length});
            out.write(b);
        }
    }
}
