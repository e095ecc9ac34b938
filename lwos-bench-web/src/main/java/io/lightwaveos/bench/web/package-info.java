/**
 * The embedded dashboard: {@link io.lightwaveos.bench.web.DashboardServer} and the data it shows
 * ({@link io.lightwaveos.bench.web.DashboardData}).
 */
package io.lightwaveos.bench.web;
