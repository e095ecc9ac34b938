package io.lightwaveos.bench.ci.forge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A forge on a loopback port for tests: the parts of GitHub's REST API and GitLab's REST API v4
 * that lwos-bench uses (PR/MR comments listed page by page, created, updated; commit statuses), a
 * webhook endpoint, and a record of every request as it arrived. Answers 401 to a wrong token and,
 * on demand, given statuses (5xx) before handling requests.
 */
public final class FakeForge implements AutoCloseable {

    /** Which API it speaks. */
    public enum Kind { GITHUB, GITLAB }

    /** A request as it arrived: method, raw path, raw query, headers (names lower-case), body. */
    public record Request(String method, String path, String query, Map<String, List<String>> headers, String body) {
        /** The first value of a header (name case-insensitive), or null. */
        public String header(String name) {
            List<String> v = headers.get(name.toLowerCase(java.util.Locale.ROOT));
            return v == null || v.isEmpty() ? null : v.get(0);
        }

        /** The request as one text: request line, every header, body. */
        public String whole() {
            StringBuilder b = new StringBuilder(method).append(' ').append(path);
            if (query != null) {
                b.append('?').append(query);
            }
            b.append('\n');
            headers.forEach((k, vs) -> vs.forEach(v -> b.append(k).append(": ").append(v).append('\n')));
            return b.append('\n').append(body).toString();
        }
    }

    /** A comment (note) of a PR/MR. */
    public record Comment(long id, String body, boolean system) {
    }

    /** A commit status as set. */
    public record Status(String sha, String state, String context, String description, String targetUrl) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern GH_LIST = Pattern.compile("/repos/([^/]+)/([^/]+)/issues/(\\d+)/comments");
    private static final Pattern GH_EDIT = Pattern.compile("/repos/([^/]+)/([^/]+)/issues/comments/(\\d+)");
    private static final Pattern GH_STATUS = Pattern.compile("/repos/([^/]+)/([^/]+)/statuses/([0-9a-f]+)");
    private static final Pattern GL_NOTES = Pattern.compile("/api/v4/projects/([^/]+)/merge_requests/(\\d+)/notes");
    private static final Pattern GL_NOTE = Pattern.compile("/api/v4/projects/([^/]+)/merge_requests/(\\d+)/notes/(\\d+)");
    private static final Pattern GL_STATUS = Pattern.compile("/api/v4/projects/([^/]+)/statuses/([0-9a-f]+)");

    private final Kind kind;
    private final String token;
    private final HttpServer server;
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final Deque<Integer> failures = new ArrayDeque<>();
    private final Map<Long, List<Comment>> comments = new LinkedHashMap<>();
    private final List<Status> statuses = new ArrayList<>();
    private final List<String> webhookBodies = new ArrayList<>();
    private long nextId = 1000;
    private String nextLinkHost;
    private int webhookStatus = 200;

    private FakeForge(Kind kind, String token) throws IOException {
        this.kind = kind;
        this.token = token;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** A GitHub API accepting {@code token} as Bearer token. */
    public static FakeForge github(String token) throws IOException {
        return new FakeForge(Kind.GITHUB, token);
    }

    /** A GitLab API accepting {@code token} in {@code PRIVATE-TOKEN} or {@code JOB-TOKEN}. */
    public static FakeForge gitlab(String token) throws IOException {
        return new FakeForge(Kind.GITLAB, token);
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The API root: the origin for GitHub, {@code origin/api/v4} for GitLab. */
    public String apiUrl() {
        return kind == Kind.GITHUB ? origin() : origin() + "/api/v4";
    }

    /** The webhook's URL: a secret path on this server. */
    public String webhookUrl(String secretPath) {
        return origin() + "/hooks/" + secretPath;
    }

    /** Answers the next requests with these statuses (e.g. 502), one each, before handling any. */
    public synchronized void failNext(int... statusCodes) {
        for (int s : statusCodes) {
            failures.add(s);
        }
    }

    /** Makes the comment list's next-page links point at {@code host} instead of this server. */
    public synchronized void nextLinksTo(String host) {
        this.nextLinkHost = host;
    }

    /** What the webhook answers. */
    public synchronized void webhookAnswers(int status) {
        this.webhookStatus = status;
    }

    /** Adds a comment to PR/MR {@code number}, as another user or the forge itself ({@code system}). */
    public synchronized long seedComment(long number, String body, boolean system) {
        long id = nextId++;
        comments.computeIfAbsent(number, n -> new ArrayList<>()).add(new Comment(id, body, system));
        return id;
    }

    /** The comments of PR/MR {@code number}, oldest first. */
    public synchronized List<Comment> comments(long number) {
        return List.copyOf(comments.getOrDefault(number, List.of()));
    }

    /** The statuses set, in order. */
    public synchronized List<Status> statuses() {
        return List.copyOf(statuses);
    }

    /** The bodies the webhook received, in order. */
    public synchronized List<String> webhookBodies() {
        return List.copyOf(webhookBodies);
    }

    /** Every request, in arrival order. */
    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    private boolean closed;

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            server.stop(0);
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        try {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), List.copyOf(v)));
            Request r = new Request(ex.getRequestMethod(), ex.getRequestURI().getRawPath(),
                    ex.getRequestURI().getRawQuery(), headers, body);
            requests.add(r);
            synchronized (this) {
                answer(ex, r);
            }
        } finally {
            ex.close();
        }
    }

    private void answer(HttpExchange ex, Request r) throws IOException {
        if (!failures.isEmpty()) {
            int status = failures.poll();
            send(ex, status, "{\"message\":\"Server Error\"}");
            return;
        }
        if (r.path().startsWith("/hooks/")) {
            if (r.method().equals("POST")) {
                webhookBodies.add(r.body());
            }
            send(ex, webhookStatus, webhookStatus == 200 ? "ok" : "no_service");
            return;
        }
        if (!authorized(r)) {
            send(ex, 401, kind == Kind.GITHUB ? "{\"message\":\"Bad credentials\"}" : "{\"message\":\"401 Unauthorized\"}");
            return;
        }
        if (kind == Kind.GITHUB) {
            github(ex, r);
        } else {
            gitlab(ex, r);
        }
    }

    private boolean authorized(Request r) {
        if (kind == Kind.GITHUB) {
            return ("Bearer " + token).equals(r.header("Authorization"));
        }
        return token.equals(r.header("PRIVATE-TOKEN")) || token.equals(r.header("JOB-TOKEN"));
    }

    private void github(HttpExchange ex, Request r) throws IOException {
        Matcher m;
        if ((m = GH_LIST.matcher(r.path())).matches()) {
            long number = Long.parseLong(m.group(3));
            if (r.method().equals("GET")) {
                Map<String, String> q = query(r.query());
                int perPage = Math.min(100, Integer.parseInt(q.getOrDefault("per_page", "30")));
                int page = Integer.parseInt(q.getOrDefault("page", "1"));
                List<Comment> all = comments.getOrDefault(number, List.of());
                int from = (page - 1) * perPage;
                ArrayNode list = MAPPER.createArrayNode();
                for (int i = from; i < Math.min(all.size(), from + perPage); i++) {
                    list.addObject().put("id", all.get(i).id()).put("body", all.get(i).body());
                }
                if (from + perPage < all.size()) {
                    String host = nextLinkHost != null ? nextLinkHost : origin();
                    ex.getResponseHeaders().add("Link", "<" + host + r.path() + "?per_page=" + perPage + "&page=" + (page + 1)
                            + ">; rel=\"next\", <" + host + r.path() + "?per_page=" + perPage + "&page=1>; rel=\"first\"");
                }
                send(ex, 200, list.toString());
                return;
            }
            if (r.method().equals("POST")) {
                long id = seedComment(number, json(r).path("body").asText(), false);
                send(ex, 201, MAPPER.createObjectNode().put("id", id).toString());
                return;
            }
        }
        if ((m = GH_EDIT.matcher(r.path())).matches() && r.method().equals("PATCH")) {
            if (replace(Long.parseLong(m.group(3)), json(r).path("body").asText())) {
                send(ex, 200, "{}");
            } else {
                send(ex, 404, "{\"message\":\"Not Found\"}");
            }
            return;
        }
        if ((m = GH_STATUS.matcher(r.path())).matches() && r.method().equals("POST")) {
            JsonNode j = json(r);
            statuses.add(new Status(m.group(3), j.path("state").asText(), j.path("context").asText(),
                    j.path("description").asText(), j.path("target_url").asText(null)));
            send(ex, 201, "{}");
            return;
        }
        send(ex, 404, "{\"message\":\"Not Found\"}");
    }

    private void gitlab(HttpExchange ex, Request r) throws IOException {
        Matcher m;
        if ((m = GL_NOTE.matcher(r.path())).matches() && r.method().equals("PUT")) {
            if (replace(Long.parseLong(m.group(3)), json(r).path("body").asText())) {
                send(ex, 200, "{}");
            } else {
                send(ex, 404, "{\"message\":\"404 Not found\"}");
            }
            return;
        }
        if ((m = GL_NOTES.matcher(r.path())).matches()) {
            long iid = Long.parseLong(m.group(2));
            if (r.method().equals("GET")) {
                Map<String, String> q = query(r.query());
                int perPage = Math.min(100, Integer.parseInt(q.getOrDefault("per_page", "20")));
                int page = Integer.parseInt(q.getOrDefault("page", "1"));
                List<Comment> all = comments.getOrDefault(iid, List.of());
                int from = (page - 1) * perPage;
                ArrayNode list = MAPPER.createArrayNode();
                for (int i = from; i < Math.min(all.size(), from + perPage); i++) {
                    list.addObject().put("id", all.get(i).id()).put("body", all.get(i).body())
                            .put("system", all.get(i).system());
                }
                ex.getResponseHeaders().add("X-Next-Page", from + perPage < all.size() ? String.valueOf(page + 1) : "");
                send(ex, 200, list.toString());
                return;
            }
            if (r.method().equals("POST")) {
                long id = seedComment(iid, json(r).path("body").asText(), false);
                send(ex, 201, MAPPER.createObjectNode().put("id", id).toString());
                return;
            }
        }
        if ((m = GL_STATUS.matcher(r.path())).matches() && r.method().equals("POST")) {
            JsonNode j = json(r);
            statuses.add(new Status(m.group(2), j.path("state").asText(), j.path("name").asText(),
                    j.path("description").asText(), j.path("target_url").asText(null)));
            send(ex, 201, "{}");
            return;
        }
        send(ex, 404, "{\"message\":\"404 Not found\"}");
    }

    private boolean replace(long id, String body) {
        for (List<Comment> list : comments.values()) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).id() == id) {
                    list.set(i, new Comment(id, body, list.get(i).system()));
                    return true;
                }
            }
        }
        return false;
    }

    private static JsonNode json(Request r) throws IOException {
        JsonNode n = MAPPER.readTree(r.body());
        return n == null ? MAPPER.createObjectNode() : n;
    }

    private static Map<String, String> query(String q) {
        Map<String, String> out = new LinkedHashMap<>();
        if (q != null) {
            for (String part : q.split("&")) {
                int eq = part.indexOf('=');
                out.put(eq < 0 ? part : part.substring(0, eq), eq < 0 ? "" : part.substring(eq + 1));
            }
        }
        return out;
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", body.startsWith("{") || body.startsWith("[")
                ? "application/json" : "text/plain");
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
