package io.lightwaveos.bench.web.page;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The dashboard's one page layout ({@code web/layout.html}): the head, the navigation bar and the
 * scripts every page loads, around a page's own {@code <main>} ({@code web/pages/NAME.html}), so
 * that the header is written once. A page's script is {@code /static/js/NAME.js}.
 */
final class PageLayout {

    /** The navigation's sections, as the layout names them ({@code {{active:runs}}}). */
    static final List<String> SECTIONS = List.of("runs", "compare", "history");

    private static final String PAGES = "/web/pages/";

    private final String layout;

    PageLayout() {
        this.layout = WebResources.text("/web/layout.html");
    }

    /**
     * The whole page {@code name}.
     *
     * @param name    the page: its {@code <main>} file and its script
     * @param title   the title, before " · lwos-bench"
     * @param section the navigation entry shown as active, one of {@link #SECTIONS}
     * @throws IllegalArgumentException if {@code section} is none of the navigation's
     */
    byte[] page(String name, String title, String section) {
        if (!SECTIONS.contains(section)) {
            throw new IllegalArgumentException("section must be one of " + SECTIONS + ", got " + section);
        }
        String html = layout.replace("{{title}}", title).replace("{{page}}", name);
        for (String s : SECTIONS) {
            html = html.replace("{{active:" + s + "}}", s.equals(section) ? " class=\"active\"" : "");
        }
        // The page's own markup goes in last, so that nothing in it is taken for a placeholder.
        html = html.replace("{{main}}", WebResources.text(PAGES + name + ".html").stripTrailing());
        return html.getBytes(StandardCharsets.UTF_8);
    }
}
