/**
 * The device's WebSocket control vocabulary (message types, error codes, limits), shared by the
 * collector and the simulator.
 */
package io.lightwaveos.bench.protocol;
