package io.lightwaveos.bench.web.live;

import io.javalin.http.Context;
import io.javalin.http.sse.SseHandler;
import io.lightwaveos.bench.web.DashboardData;
import io.lightwaveos.bench.web.ResolvedRun;
import io.lightwaveos.bench.web.api.ApiException;
import io.lightwaveos.bench.web.api.QueryParams;
import java.util.Optional;

/**
 * {@code GET /api/runs/{ref}/live?after=SEQ}: a server-sent event stream of the run's new samples.
 * Parameters and the run are checked before the stream opens, so bad input still gets a JSON error.
 * Without {@code after} (or a {@code Last-Event-ID} from a reconnecting browser) the stream starts
 * with the next sample stored.
 */
public final class LiveController {

    private final DashboardData data;
    private final LiveHub hub;

    public LiveController(DashboardData data, LiveHub hub) {
        this.data = data;
        this.hub = hub;
    }

    /** Handles the request. */
    public void stream(Context ctx) throws Exception {
        Optional<Long> after = QueryParams.seqCursor(ctx, "after");
        String lastEventId = ctx.header("Last-Event-ID");
        if (lastEventId != null && !lastEventId.isBlank()) {
            after = Optional.of(QueryParams.parseSeq("Last-Event-ID", lastEventId));
        }
        String accept = ctx.header("Accept");
        if (accept == null || !accept.contains("text/event-stream")) {
            throw new ApiException(406, "this endpoint is a server-sent event stream: send Accept: text/event-stream");
        }
        ResolvedRun run = data.resolve(QueryParams.runRef(ctx, "ref"));
        long cursor = after.orElse(run.lastSeq());
        new SseHandler(client -> hub.attach(client, run, cursor)).handle(ctx);
    }
}
