/**
 * Live push of a running run to dashboard pages (server-sent events).
 */
package io.lightwaveos.bench.web.live;
