package io.lightwaveos.bench.cli.command;

import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.ExitException;
import io.lightwaveos.bench.cli.collect.InterruptHook;
import io.lightwaveos.bench.service.RunService;
import io.lightwaveos.bench.web.BindAddress;
import io.lightwaveos.bench.web.DashboardOptions;
import io.lightwaveos.bench.web.DashboardServer;
import io.lightwaveos.bench.web.data.StoreDashboardData;
import java.awt.Desktop;
import java.net.URI;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: the dashboard over the run store, until Ctrl-C. */
@Command(name = "serve", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Serve the dashboard: runs, run views, comparisons and the live view of running collections.",
            "Everything is served from the jar (no internet needed). Read-only: it never changes or deletes data.",
            "Binds 127.0.0.1 unless --bind says otherwise. Stop it with Ctrl-C."},
        footer = {"", "Exit codes: 130 stopped with Ctrl-C, 1 the port is taken or the database cannot be opened,"
                + " 2 bad option."})
public final class ServeCommand extends StoreCommand {

    @Option(names = "--port", defaultValue = "8050", paramLabel = "PORT",
            description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}). Anything else exposes the dashboard"
                    + " to the network: a warning is printed.")
    String bind;

    @Option(names = "--open", description = "Open the dashboard in the default browser.")
    boolean open;

    private volatile InterruptHook hook;

    /** Stops the running server the way Ctrl-C does; for tests in the same JVM. */
    void interrupt() {
        InterruptHook h = hook;
        if (h != null) {
            h.trigger();
        }
    }

    /** The dashboard waits for runs: on a fresh machine it starts on an empty store that collect fills. */
    @Override
    protected boolean createsStore() {
        return true;
    }

    @Override
    protected int run(RunService runs) throws Exception {
        if (port < 0 || port > 65_535) {
            throw ExitException.usage("--port must be between 0 and 65535, got " + port);
        }
        BindAddress.problem(bind).ifPresent(problem -> {
            throw ExitException.usage(problem);
        });
        BindAddress.warning(bind).ifPresent(w -> err().println("lwos-bench: " + w));
        DashboardOptions options = DashboardOptions.defaults().withHost(bind).withPort(port);
        DashboardServer server;
        try {
            server = new DashboardServer(new StoreDashboardData(runs), options).start();
        } catch (RuntimeException e) {
            throw ExitException.failure("cannot serve on " + bind + ":" + port + " (" + rootMessage(e)
                    + "); is another program using the port? Try --port with another number", e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (InterruptHook h = InterruptHook.install(stopped::countDown)) {
            hook = h;
            out().println("lwos-bench dashboard: " + server.url() + "  (database " + runs.storeLocation() + "; Ctrl-C stops)");
            out().flush();
            if (open) {
                openBrowser(server.url());
            }
            stopped.await();
            server.close();
            out().println("Dashboard stopped.");
            out().flush();
        }
        return ExitCode.INTERRUPTED;
    }

    private void openBrowser(URI url) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(url);
                return;
            }
            new ProcessBuilder("xdg-open", url.toString()).inheritIO().start();
        } catch (Exception | Error e) {
            err().println("lwos-bench: could not open a browser (" + e.getMessage() + "); open " + url + " yourself");
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
