/**
 * Text and Markdown reports of summaries, comparisons and gate results: what {@code lwos-bench}
 * prints, available to any harness (plain JDK, no terminal library). Tables align with
 * {@link io.lightwaveos.bench.analysis.render.TextTable}, numbers read the same everywhere through
 * {@link io.lightwaveos.bench.analysis.render.Format}, and colour is added only by
 * {@link io.lightwaveos.bench.analysis.render.Style#ANSI}:
 * <pre>{@code
 * StringWriter text = new StringWriter();
 * CompareText.print(runA, runB, comparison, Style.PLAIN, new PrintWriter(text));
 * }</pre>
 */
package io.lightwaveos.bench.analysis.render;
