package io.lightwaveos.bench.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link PageLayout}: every page is the one layout around its own {@code <main>}. */
class PageLayoutTest {

    private static final Pattern ACTIVE = Pattern.compile("<a href=\"([^\"]*)\" class=\"active\">");

    private final PageLayout layout = new PageLayout();

    @ParameterizedTest
    @CsvSource({
        "runs, Runs, runs, /",
        "run, Run, runs, /",
        "live, Live, runs, /",
        "compare, Compare, compare, /compare",
        "history, History, history, /history",
    })
    void aPageIsTheLayoutAroundItsMainWithItsTitleScriptAndActiveSection(String name, String title, String section,
            String activeHref) {
        String html = new String(layout.page(name, title, section), StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!doctype html>").endsWith("</html>\n")
                .contains("<title>" + title + " · lwos-bench</title>", "<body data-page=\"" + name + "\">",
                        "<script src=\"/static/js/" + name + ".js\"></script>", "<nav>", "</main>\n<script")
                .doesNotContain("{{");
        assertThat(html.indexOf("<main")).isGreaterThan(html.indexOf("</header>"));
        Matcher active = ACTIVE.matcher(html);
        assertThat(active.find()).as("one active section").isTrue();
        assertThat(active.group(1)).isEqualTo(activeHref);
        assertThat(active.find()).as("only one").isFalse();
    }

    @Test
    void aSectionOutsideTheNavigationIsRefused() {
        assertThatThrownBy(() -> layout.page("runs", "Runs", "settings"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("section must be one of [runs, compare, history], got settings");
    }
}
