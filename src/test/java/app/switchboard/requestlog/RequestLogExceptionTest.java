package app.switchboard.requestlog;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class RequestLogExceptionTest {

    private static String describe(SQLiteErrorCode code) {
        return RequestLogException.describe(new SQLiteException("x", code), Path.of("requestlog.db"));
    }

    @Test
    void databaseErrorsBecomeMessagesUsersUnderstand() {
        assertTrue(describe(SQLiteErrorCode.SQLITE_FULL).contains("disk holding the request log requestlog.db is full"));
        assertTrue(describe(SQLiteErrorCode.SQLITE_BUSY).contains("locked by another program"));
        assertTrue(describe(SQLiteErrorCode.SQLITE_READONLY).contains("cannot be written"));
        assertTrue(describe(SQLiteErrorCode.SQLITE_NOTADB).contains("not a Switchboard database"));
    }
}
