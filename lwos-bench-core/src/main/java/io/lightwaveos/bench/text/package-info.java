/**
 * Text from outside made safe to print ({@link io.lightwaveos.bench.text.Printable}: control
 * characters escaped, long text cut) and "did you mean" suggestions for mistyped words
 * ({@link io.lightwaveos.bench.text.Suggestions}).
 */
package io.lightwaveos.bench.text;
