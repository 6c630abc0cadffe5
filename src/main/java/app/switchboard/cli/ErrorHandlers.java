package app.switchboard.cli;

import app.switchboard.twilio.TwilioException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Exit codes and messages (DESIGN §7): 1 for Twilio/network errors, 2 for bad usage. Never a stack trace. */
final class ErrorHandlers implements IExecutionExceptionHandler, IParameterExceptionHandler {
    static final int TWILIO_ERROR = 1;
    static final int USAGE = 2;

    static void install(CommandLine cl) {
        ErrorHandlers h = new ErrorHandlers();
        cl.setExecutionExceptionHandler(h);
        cl.setParameterExceptionHandler(h);
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        if (ex instanceof TwilioException) {
            err.println(((TwilioException) ex).userMessage());
            err.flush();
            return TWILIO_ERROR;
        }
        if (ex instanceof UsageException || ex instanceof IllegalArgumentException) {
            err.println("Error: " + ex.getMessage());
            err.flush();
            return USAGE;
        }
        err.println("Error: unexpected " + ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
        err.flush();
        return TWILIO_ERROR;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("Error: " + ex.getMessage());
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return USAGE;
    }
}
