/**
 * One picocli command per class ({@code collect}, {@code simulate}, {@code list-runs}, {@code show},
 * {@code compare}, {@code check}, {@code export}, {@code import}, {@code delete}, {@code serve}).
 */
package io.lightwaveos.bench.cli.command;
