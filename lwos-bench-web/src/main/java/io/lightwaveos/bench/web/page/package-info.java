/**
 * The dashboard's HTML pages.
 */
package io.lightwaveos.bench.web.page;
