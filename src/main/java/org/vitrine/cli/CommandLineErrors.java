package org.vitrine.cli;

import org.vitrine.run.ExitCode;
import org.vitrine.messages.Messages;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * What a mistyped command line prints: one sentence in the user's language (French unless --lang en
 * or VITRINE_LANG=en), naming the option and what to write, then where the help is. Picocli's own
 * messages are in English and speak of "options" and "parameters" by their Java types.
 */
final class CommandLineErrors implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        Messages m = Messages.of(lang(args));
        CommandLine cmd = ex.getCommandLine();
        String help = cmd.getCommandSpec().qualifiedName() + " --help";
        PrintWriter err = cmd.getErr();
        err.println(message(ex, m));
        err.println(m.get("cli.see_help", help));
        return ExitCode.USAGE;
    }

    static String message(CommandLine.ParameterException ex, Messages m) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            return m.get("cli.unknown_argument", String.join(" ", u.getUnmatched()));
        }
        if (ex instanceof CommandLine.MissingParameterException missing) {
            return m.get("cli.missing", missing.getMissing().isEmpty() ? "?" : label(missing.getMissing().get(0)));
        }
        if (ex instanceof CommandLine.OverwrittenOptionException twice) {
            return m.get("cli.twice", label(twice.getOverwritten()));
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            String option = label(ex.getArgSpec());
            String key = "cli.bad_value." + option.replaceFirst("^--", "");
            return m.get("cli.bad_value", option, ex.getValue(), m.has(key) ? m.get(key) : "");
        }
        return m.get("cli.bad_command_line", ex.getMessage());
    }

    private static String label(CommandLine.Model.ArgSpec spec) {
        if (spec instanceof CommandLine.Model.OptionSpec o) {
            return o.longestName();
        }
        return spec.paramLabel();
    }

    /** --lang en among the arguments, else VITRINE_LANG, else French. */
    static String lang(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if ("--lang=en".equals(args[i]) || "--lang".equals(args[i]) && i + 1 < args.length && "en".equals(args[i + 1])) {
                return "en";
            }
        }
        return System.getenv().getOrDefault("VITRINE_LANG", "fr");
    }
}
