package io.lightwaveos.bench.cli.command;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Puts the option names users type into the messages of the library builders the commands fill
 * ({@code CollectorConfig}, {@code SimulatorConfig}), which name their own setters: "dropRate must
 * be between 0 and 1" becomes "--drop-rate must be between 0 and 1".
 */
final class OptionNames {

    /** Setter names that are not simply the option's name in camel case. */
    private static final Map<String, String> RENAMED = Map.of("bindHost", "--bind");
    private static final Pattern SUBJECT = Pattern.compile("^([a-z][A-Za-z]*)(?= must )");

    private OptionNames() {
    }

    /** {@code message} with its leading setter name replaced by the command's option, when it has one. */
    static String inMessage(CommandSpec spec, String message) {
        if (message == null) {
            return null;
        }
        Matcher m = SUBJECT.matcher(message);
        if (!m.find()) {
            return message;
        }
        String setter = m.group(1);
        String option = RENAMED.getOrDefault(setter, "--" + kebab(setter));
        if (spec.findOption(option) == null) {
            return message;
        }
        return option + message.substring(m.end());
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
