/**
 * The dashboard's read-only JSON API: controllers, query parameters and error documents.
 */
package io.lightwaveos.bench.web.api;
