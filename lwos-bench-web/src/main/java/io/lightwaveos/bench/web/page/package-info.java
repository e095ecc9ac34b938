/**
 * The dashboard's HTML pages, and {@link io.lightwaveos.bench.web.page.ComparisonReport}: the
 * comparison of two runs as one self-contained HTML file.
 */
package io.lightwaveos.bench.web.page;
