package app.switchboard.requestlog;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** A request-log problem with a message fit for users (no stack trace needed to understand it). */
public final class RequestLogException extends RuntimeException {

    public RequestLogException(String message) {
        super(message);
    }

    public RequestLogException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Explains a database error in user terms: locked, disk full, read-only, damaged. */
    public static RequestLogException of(SQLException e, Path file) {
        return new RequestLogException(describe(e, file), e);
    }

    static String describe(SQLException e, Path file) {
        SQLiteErrorCode code = e instanceof SQLiteException s ? s.getResultCode() : null;
        String base = code == null ? "" : code.name();
        if (base.startsWith("SQLITE_BUSY") || base.startsWith("SQLITE_LOCKED")) {
            return "The request log " + file + " is locked by another program (another Switchboard?). "
                    + "Requests are not being saved until it is released.";
        }
        if (base.startsWith("SQLITE_FULL")) {
            return "The disk holding the request log " + file + " is full. Requests are not being saved; "
                    + "free some space or lower the log's size limit in Settings.";
        }
        if (base.startsWith("SQLITE_READONLY") || base.startsWith("SQLITE_CANTOPEN") || base.startsWith("SQLITE_PERM")) {
            return "The request log " + file + " cannot be written (read-only or no permission).";
        }
        if (base.startsWith("SQLITE_NOTADB") || base.startsWith("SQLITE_CORRUPT")) {
            return "The request log " + file + " is damaged or not a Switchboard database; move it away to start a new log.";
        }
        if (base.startsWith("SQLITE_IOERR")) {
            return "The request log " + file + " could not be read or written (" + base + ").";
        }
        return "Request log error on " + file + ": " + e.getMessage();
    }
}
