package app.switchboard.requestlog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.Function;
import org.sqlite.SQLiteConfig;

/**
 * Opens {@code requestlog.db} and owns its schema. The schema version lives in {@code PRAGMA user_version};
 * a file written by a newer Switchboard is refused rather than damaged.
 *
 * <p>Why the schema looks like this: one row per attempt, about 100 bytes, with every repeated string
 * (accounts, credentials, hosts, paths, sources) interned in a lookup table and times as integers (a path
 * ending in one resource's SID keeps that SID in {@code path_tail}, see {@link StoredPath});
 * headers and bodies live in {@code detail}, read only when a record is opened.
 */
public final class RequestLogDatabase {

    public static final String FILE_NAME = "requestlog.db";
    public static final int SCHEMA_VERSION = 2;
    /** Source id of the records this app made; imported HAR files get their own. */
    public static final int OWN_SOURCE_ID = 1;
    public static final String OWN_SOURCE = "switchboard";

    /**
     * Request ids are random, so an index on them alone takes each row's entry to a random page: every
     * batch rewrote thousands of pages of it. Led by the hour of the row, the entries of a batch land in
     * the few pages of the current hour; a lookup probes each hour present (see FilterCompiler).
     */
    private static final String REQUEST_ID_INDEX = "CREATE INDEX request_rid ON request(t_ms / 3600000, rid) WHERE rid IS NOT NULL";
    /** The SIDs at the end of paths (see StoredPath) are just as random: same shape, for "path=…/Keys/SK…". */
    private static final String PATH_TAIL_INDEX =
            "CREATE INDEX request_tail ON request(t_ms / 3600000, path_tail) WHERE path_tail IS NOT NULL";

    /** UPGRADES[v - 1] takes a file from version v to v + 1; applied in order, in one transaction, when an older file is opened. */
    private static final String[][] UPGRADES = {
        {
            "DROP INDEX request_rid", REQUEST_ID_INDEX, "ALTER TABLE request ADD COLUMN path_tail TEXT", PATH_TAIL_INDEX,
            // paths ending in a SID are split as StoredPath splits new ones (the functions are registered by upgrade())
            "CREATE TEMP TABLE split(old INTEGER PRIMARY KEY, collection TEXT NOT NULL, tail TEXT NOT NULL)",
            "INSERT INTO split SELECT id, stored_path_collection(value), stored_path_resource(value) FROM path"
                    + " WHERE stored_path_resource(value) IS NOT NULL",
            "INSERT OR IGNORE INTO path(value) SELECT collection FROM split",
            "UPDATE request SET path_id = (SELECT p.id FROM split s JOIN path p ON p.value = s.collection WHERE s.old = request.path_id),"
                    + " path_tail = (SELECT tail FROM split WHERE old = request.path_id) WHERE path_id IN (SELECT old FROM split)",
            "DELETE FROM path WHERE id IN (SELECT old FROM split)",
            "DROP TABLE split",
        },
    };

    private static final String[] SCHEMA = {
        "CREATE TABLE sid(id INTEGER PRIMARY KEY, value TEXT NOT NULL UNIQUE)",
        "CREATE TABLE host(id INTEGER PRIMARY KEY, value TEXT NOT NULL, origin TEXT NOT NULL UNIQUE)",
        "CREATE TABLE path(id INTEGER PRIMARY KEY, value TEXT NOT NULL UNIQUE)",
        "CREATE TABLE source(id INTEGER PRIMARY KEY, value TEXT NOT NULL UNIQUE, added_ms INTEGER NOT NULL)",
        "INSERT INTO source(id, value, added_ms) VALUES (" + OWN_SOURCE_ID + ", '" + OWN_SOURCE + "', 0)",
        """
        CREATE TABLE request(
          id INTEGER PRIMARY KEY,
          parent_id INTEGER,
          attempt INTEGER NOT NULL,
          t_ms INTEGER NOT NULL,
          source_id INTEGER NOT NULL,
          account_id INTEGER,
          credential_id INTEGER,
          method TEXT NOT NULL,
          host_id INTEGER NOT NULL,
          path_id INTEGER NOT NULL,
          query TEXT,
          status INTEGER NOT NULL,
          code INTEGER,
          rid TEXT,
          concurrency INTEGER,
          duration_ms INTEGER,
          rtt_us INTEGER NOT NULL,
          req_bytes INTEGER NOT NULL,
          resp_bytes INTEGER NOT NULL,
          failure TEXT,
          path_tail TEXT)""",
        "CREATE TABLE detail(id INTEGER PRIMARY KEY, req_headers TEXT, resp_headers TEXT, req_body TEXT, resp_body TEXT)",
        // Indexes for the filter queries; each ends with the rowid, so "ORDER BY id DESC" needs no sort.
        "CREATE INDEX request_time ON request(t_ms)",
        "CREATE INDEX request_status ON request(status)",
        "CREATE INDEX request_account ON request(account_id)",
        "CREATE INDEX request_path ON request(path_id)",
        "CREATE INDEX request_code ON request(code) WHERE code IS NOT NULL",
        REQUEST_ID_INDEX,
        PATH_TAIL_INDEX,
        "CREATE INDEX request_parent ON request(parent_id) WHERE parent_id IS NOT NULL",
    };

    private RequestLogDatabase() {
    }

    public static Path fileIn(Path dir) {
        return dir.resolve(FILE_NAME);
    }

    /** Opens the writer connection, creating the file and schema when needed. */
    static Connection openForWriting(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new RequestLogException("Cannot create the folder of the request log " + file + ": " + e.getMessage(), e);
        }
        Connection c = connect(file, false);
        try {
            int version = userVersion(c);
            if (version > SCHEMA_VERSION) {
                c.close();
                throw newerVersion(file, version);
            }
            if (version == 0) {
                create(c);
            } else if (version < SCHEMA_VERSION) {
                upgrade(c, version);
            }
            return c;
        } catch (SQLException e) {
            closeQuietly(c);
            throw RequestLogException.of(e, file);
        }
    }

    /** Opens a read-only connection (queries, CLI); the file must exist and have a known schema. */
    public static Connection openForReading(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new RequestLogException("No request log at " + file + " yet.");
        }
        Connection c = connect(file, true);
        try {
            int version = userVersion(c);
            if (version > SCHEMA_VERSION) {
                c.close();
                throw newerVersion(file, version);
            }
            if (version == 0) {
                c.close();
                throw new RequestLogException(file + " is not a Switchboard request log.");
            }
            if (version < SCHEMA_VERSION) {
                // written by an older Switchboard (say, "log query" run before the app): upgrade it as the writer would
                c.close();
                closeQuietly(openForWriting(file));
                return openForReading(file);
            }
            return c;
        } catch (SQLException e) {
            closeQuietly(c);
            throw RequestLogException.of(e, file);
        }
    }

    private static RequestLogException newerVersion(Path file, int version) {
        return new RequestLogException("The request log " + file + " was written by a newer Switchboard (schema "
                + version + "; this version knows up to " + SCHEMA_VERSION + "). It was not opened for writing: "
                + "update Switchboard, or move the file away to start a new log.");
    }

    private static Connection connect(Path file, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.setBusyTimeout(3_000);
        if (!readOnly) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // NORMAL in WAL mode: a committed transaction survives a process kill; only a power
            // loss may roll back the last commits, never corrupt the file.
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            // Checkpoint every ~40 MB of WAL instead of 4 MB: fewer fsyncs while bursts are written.
            config.setPragma(SQLiteConfig.Pragma.WAL_AUTOCHECKPOINT, "10000");
        }
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        // 64 MB of page cache (native memory, not Java heap): the random-keyed indexes (request ids)
        // stay in memory while batches are written, instead of being re-read from disk.
        config.setCacheSize(-64_000);
        try {
            return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw RequestLogException.of(e, file);
        }
    }

    private static int userVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            // Must precede the first table: lets retention hand freed pages back to the OS.
            s.execute("PRAGMA auto_vacuum = INCREMENTAL");
        }
        inTransaction(c, List.of(SCHEMA));
    }

    private static void upgrade(Connection c, int from) throws SQLException {
        Function.create(c, "stored_path_collection", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                result(StoredPath.of(value_text(0)).collection());
            }
        });
        Function.create(c, "stored_path_resource", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                result(StoredPath.of(value_text(0)).resource());
            }
        });
        List<String> steps = new ArrayList<>();
        for (int v = from; v < SCHEMA_VERSION; v++) {
            steps.addAll(List.of(UPGRADES[v - 1]));
        }
        inTransaction(c, steps);
    }

    /** Runs the steps and stamps the current version, all or nothing. */
    private static void inTransaction(Connection c, List<String> steps) throws SQLException {
        boolean auto = c.getAutoCommit();
        try (Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (String step : steps) {
                s.execute(step);
            }
            s.execute("PRAGMA user_version = " + SCHEMA_VERSION);
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    static void closeQuietly(AutoCloseable c) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (Exception ignored) {
            // closing after a failure: the first error is the one worth reporting
        }
    }
}
