package io.lightwaveos.bench.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.lightwaveos.bench.web.api.ApiErrors;
import io.lightwaveos.bench.web.api.CompareController;
import io.lightwaveos.bench.web.api.HistoryController;
import io.lightwaveos.bench.web.api.JsonErrorHandler;
import io.lightwaveos.bench.web.api.RunsController;
import io.lightwaveos.bench.web.live.LiveController;
import io.lightwaveos.bench.web.live.LiveHub;
import io.lightwaveos.bench.web.page.PageController;
import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * The dashboard: pages, JSON API and live push on one Javalin server. Read-only: every route is a
 * GET. Everything it serves comes from its own jar (no CDN).
 *
 * <pre>{@code
 * try (DashboardServer server = new DashboardServer(data, DashboardOptions.defaults()).start()) {
 *     System.out.println("dashboard at " + server.url());
 *     ...
 * }
 * }</pre>
 */
public final class DashboardServer implements AutoCloseable {


    private final DashboardOptions options;
    private final LiveHub hub;
    private final Javalin app;

    /**
     * Builds the server; nothing listens until {@link #start()}.
     *
     * @param data    the runs, statistics and samples to show
     * @param options bind address, port, live poll interval
     */
    public DashboardServer(DashboardData data, DashboardOptions options) {
        Objects.requireNonNull(data, "data");
        this.options = Objects.requireNonNull(options, "options");
        ObjectMapper mapper = JavalinJackson.defaultMapper();
        this.hub = new LiveHub(data, mapper, options.livePollInterval());
        RequestGuards guards = new RequestGuards(BindAddress.isLoopback(options.host()));
        RunsController runs = new RunsController(data);
        CompareController compare = new CompareController(data);
        HistoryController history = new HistoryController(data);
        LiveController live = new LiveController(data, hub);
        PageController pages = new PageController();
        this.app = Javalin.create(config -> {
            configure(config, mapper);
            RoutesConfig r = config.routes;
            r.before(guards::before);
            r.get("/api/metrics", runs::metrics);
            r.get("/api/runs", runs::list);
            r.get("/api/runs/{ref}", runs::one);
            r.get("/api/runs/{ref}/stats", runs::stats);
            r.get("/api/runs/{ref}/measures", runs::measures);
            r.get("/api/runs/{ref}/events", runs::events);
            r.get("/api/runs/{ref}/series", runs::series);
            r.get("/api/runs/{ref}/histogram", runs::histogram);
            r.get("/api/runs/{ref}/device-histogram", runs::deviceHistogram);
            r.get("/api/runs/{ref}/export", runs::export);
            r.get("/api/runs/{ref}/live", live::stream);
            r.get("/api/compare", compare::compare);
            r.get("/api/history", history::history);
            r.get("/api/history/subjects", history::subjects);
            r.get("/api/statistics", history::statistics);
            r.get("/", pages::runs);
            r.get("/runs/{ref}", pages::run);
            r.get("/runs/{ref}/live", pages::live);
            r.get("/compare", pages::compare);
            r.get("/history", pages::history);
            r.get("/vendor/uPlot.iife.min.js", pages::uplotJs);
            r.get("/vendor/uPlot.min.css", pages::uplotCss);
            ApiErrors.install(r);
        });
    }

    private void configure(JavalinConfig config, ObjectMapper mapper) {
        config.jsonMapper(new JavalinJackson(mapper, false));
        config.jetty.host = options.host();
        config.jetty.port = options.port();
        config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
        config.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new JsonErrorHandler()));
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.prefer405over404 = true;
        config.router.ignoreTrailingSlashes = true;
        config.staticFiles.add(files -> {
            files.hostedPath = "/static";
            files.directory = "/web/static";
            files.location = Location.CLASSPATH;
            files.headers = Map.of("Cache-Control", "no-cache");
        });
        config.events.serverStarted(hub::start);
        config.events.serverStopping(hub::close);
    }

    /**
     * Starts listening. A bind address beyond loopback is not warned about here: the caller says it
     * once ({@link BindAddress#warning(String)}).
     */
    public DashboardServer start() {
        app.start();
        return this;
    }

    /** The configured Javalin application (tests drive it with {@code JavalinTest}). */
    public Javalin javalin() {
        return app;
    }

    /** The port actually listened on (useful with port 0). */
    public int port() {
        return app.port();
    }

    /** The dashboard's address, e.g. {@code http://127.0.0.1:8050/}. */
    public URI url() {
        String host = options.host().contains(":") && !options.host().startsWith("[")
                ? "[" + options.host() + "]" : options.host();
        if (host.equals("0.0.0.0") || host.equals("[::]")) {
            host = "127.0.0.1";
        }
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** Live clients connected now. */
    public int liveClients() {
        return hub.clientCount();
    }

    /** Stops the server and closes live streams. */
    @Override
    public void close() {
        app.stop();
        hub.close();
    }
}
