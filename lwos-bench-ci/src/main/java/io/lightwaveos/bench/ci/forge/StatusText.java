package io.lightwaveos.bench.ci.forge;

/** The short texts a commit status carries. */
final class StatusText {

    /** GitHub's limit on a status description; GitLab's is larger. */
    static final int MAX_DESCRIPTION = 140;

    private StatusText() {
    }

    /** {@code description} on one line, cut to {@value #MAX_DESCRIPTION} characters with an ellipsis. */
    static String description(String description) {
        String one = description == null ? "" : description.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
        if (one.length() <= MAX_DESCRIPTION) {
            return one;
        }
        int end = MAX_DESCRIPTION - 1;
        if (Character.isHighSurrogate(one.charAt(end - 1))) {
            end--;
        }
        return one.substring(0, end) + "…";
    }

    /** {@code url} when it is an http(s) URL, else null (a status links only to web pages). */
    static String targetUrl(String url) {
        return url != null && url.matches("https?://[^\\s\\p{Cntrl}]+") && url.length() <= 2000 ? url : null;
    }
}
