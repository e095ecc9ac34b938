package io.lightwaveos.bench.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.lightwaveos.bench.service.RunReferenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into {@code {"error": "...", "status": N}}: refused parameters (400), unknown
 * or ambiguous runs (404 / 400), unknown routes and methods (404 / 405), and anything unexpected
 * (500, logged, without internals in the body).
 */
public final class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);
    private static final String HANDLED = ApiErrors.class.getName() + ".handled";

    private ApiErrors() {
    }

    /** Registers the exception and error mappers. */
    public static void install(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> respond(ctx, e.status(), e.getMessage()));
        routes.exception(RunReferenceException.class, (e, ctx) -> respond(ctx, statusOf(e), e.getMessage()));
        // Javalin reports unmatched routes and methods as HttpResponseExceptions.
        routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(),
                e.getStatus() == 404 ? notFound(ctx) : e.getStatus() == 405 ? notAllowed(ctx) : e.getMessage()));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            respond(ctx, 500, "internal error (" + e.getClass().getSimpleName() + "); see the server log");
        });
        routes.error(404, ctx -> {
            if (!handled(ctx)) {
                respond(ctx, 404, notFound(ctx));
            }
        });
        routes.error(405, ctx -> {
            if (!handled(ctx)) {
                respond(ctx, 405, notAllowed(ctx));
            }
        });
    }

    /**
     * The status a failed run lookup answers with: 404 unknown, 400 ambiguous (a request the client
     * has to make more precise, a longer prefix or the full id, not a missing resource).
     */
    public static int statusOf(RunReferenceException e) {
        return e.reason() == RunReferenceException.Reason.AMBIGUOUS ? 400 : 404;
    }

    /** Writes the error document (the status mappers leave a response alone once this has run). */
    public static void respond(Context ctx, int status, String message) {
        ctx.attribute(HANDLED, Boolean.TRUE);
        ctx.status(status).json(ApiJson.error(status, message));
    }

    private static String notFound(Context ctx) {
        return "no such page or endpoint: " + ctx.method() + " " + QueryParams.shorten(ctx.path());
    }

    private static String notAllowed(Context ctx) {
        return "method " + ctx.method() + " not allowed on " + QueryParams.shorten(ctx.path())
                + ": the dashboard is read-only (GET only)";
    }

    private static boolean handled(Context ctx) {
        return Boolean.TRUE.equals(ctx.attribute(HANDLED));
    }
}
