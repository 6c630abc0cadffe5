package app.switchboard.cli;

import java.io.Console;
import java.util.Optional;

/**
 * The interactive terminal a person answers confirmations on. Absent when the command runs from a script,
 * a pipe or CI: destructive commands then refuse unless told {@code --yes}.
 */
@FunctionalInterface
public interface Terminal {

    /** Shows {@code prompt} and returns the line typed, or null at end of input. */
    String readLine(String prompt);

    /** The process's console, when it has one. */
    static Optional<Terminal> system() {
        Console console = System.console();
        return console == null ? Optional.empty() : Optional.of(prompt -> console.readLine("%s", prompt));
    }
}
