/**
 * The dashboard's data read from a run store through the service layer.
 */
package io.lightwaveos.bench.web.data;
