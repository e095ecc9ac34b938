/**
 * Text and Markdown rendering of runs, summaries, comparisons and gate results for the terminal.
 */
package io.lightwaveos.bench.cli.render;
