package io.lightwaveos.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.frame.BenchmarkFrame;
import io.lightwaveos.bench.frame.Flags;
import io.lightwaveos.bench.frame.FrameEncoder;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A device that floods pings and never reads what it is sent, against the real jar with a small
 * heap: the collector must neither queue a pong per ping nor stop honouring --duration.
 */
class PingFloodIT {


    @TempDir
    Path dir;

    @Test
    void aPeerThatFloodsPingsAndNeverReadsCannotExhaustMemoryOrStopTheDuration() throws Exception {
        AtomicLong pingBytes = new AtomicLong();
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread device = new Thread(() -> serveFlood(server, pingBytes), "flooding-device");
            device.setDaemon(true);
            device.start();
            long t0 = System.nanoTime();
            CliRunner.Result r = ChildProcesses.run(dir, List.of(ChildProcesses.java(), "-Xmx64m", "-XX:MaxDirectMemorySize=8m", "-jar",
                    ChildProcesses.jar().toString(), "--db", dir.resolve("bench.db").toString(), "collect", "--url",
                    "ws://127.0.0.1:" + server.getLocalPort() + "/ws", "--run-name", "flood", "--duration", "6",
                    "--connect-timeout", "60"));
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertThat(r.err()).as(r.toString()).doesNotContain("OutOfMemoryError");
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
            assertThat(r.out()).as(r.toString()).contains("\"flood\": COMPLETE");
            assertThat(seconds).as("the duration still ends the collection").isLessThan(100);
            // Twice what 8 MB of direct memory could queue as pongs.
            assertThat(pingBytes.get()).as("ping bytes the device sent").isGreaterThanOrEqualTo(16L << 20);
        }
    }

    /** Handshake, answer the subscribe, then ping as fast as it can with a frame every 100 ms; never reading. */
    private static void serveFlood(ServerSocket server, AtomicLong pingBytes) {
        try (Socket s = server.accept()) {
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
            String key = null;
            for (String line; (line = in.readLine()) != null && !line.isEmpty(); ) {
                if (line.toLowerCase(java.util.Locale.ROOT).startsWith("sec-websocket-key:")) {
                    key = line.substring(line.indexOf(':') + 1).strip();
                }
            }
            String accept = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1")
                    .digest((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").getBytes(StandardCharsets.ISO_8859_1)));
            OutputStream out = s.getOutputStream();
            out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: " + accept + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            // The subscribe request: one masked text frame (small), read once; nothing is read after it.
            int b1 = s.getInputStream().read();
            int len = s.getInputStream().read() & 0x7F;
            s.getInputStream().readNBytes(4 + len);
            assertThat(b1 & 0x0F).isEqualTo(1);
            text(out, "{\"type\":\"benchmark.subscribed\",\"success\":true,\"data\":{\"clientId\":1,\"accepted\":true}}");
            byte[] ping = new byte[2 + 125];
            ping[0] = (byte) 0x89;
            ping[1] = 125;
            byte[] burst = new byte[ping.length * 512];
            for (int i = 0; i < 512; i++) {
                System.arraycopy(ping, 0, burst, i * ping.length, ping.length);
            }
            long next = System.nanoTime();
            for (long ts = 1000; ; ) {
                out.write(burst);
                pingBytes.addAndGet(burst.length);
                if (System.nanoTime() >= next) {
                    binary(out, FrameEncoder.encode(BenchmarkFrame.compact(ts, 150f, 75f, 0.75f, 200, 100, ts / 10,
                            (int) ts / 20, Flags.of(Flags.BENCHMARK_ENABLED), 0)));
                    ts += 100;
                    next += 100_000_000L;
                }
            }
        } catch (Exception e) {
            // The collector closed the connection: the flood is over.
        }
    }

    private static void text(OutputStream out, String text) throws java.io.IOException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        out.write(new byte[] {(byte) 0x81, (byte) b.length});
        out.write(b);
    }

    private static void binary(OutputStream out, byte[] b) throws java.io.IOException {
        out.write(new byte[] {(byte) 0x82, (byte) b.length});
        out.write(b);
    }
}
