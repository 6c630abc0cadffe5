package app.switchboard.requestlog.cli;

import app.switchboard.AppPaths;
import app.switchboard.requestlog.RequestLogDatabase;
import app.switchboard.requestlog.RequestLogException;
import app.switchboard.requestlog.RequestLogQueries;
import app.switchboard.requestlog.RequestLogSettings;
import app.switchboard.requestlog.RequestLogStore;
import app.switchboard.requestlog.RequestRow;
import app.switchboard.requestlog.filter.FilterException;
import app.switchboard.requestlog.filter.SqlFilter;
import app.switchboard.requestlog.har.HarExporter;
import app.switchboard.requestlog.har.HarFormatException;
import app.switchboard.requestlog.har.HarImporter;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code switchboard log ...}: the request log from the command line. */
@Command(name = "log", mixinStandardHelpOptions = true,
        description = "Query, export and import the request log.",
        subcommands = {LogCommand.Query.class, LogCommand.Export.class, LogCommand.Import.class})
public final class LogCommand {

    static final int BAD_INPUT = 2;
    static final int FAILED = 1;

    /** {@code --db FILE}, shared by every subcommand. */
    static final class Database {
        @Option(names = "--db", paramLabel = "FILE",
                description = "request log database (default: requestlog.db in the data folder, see SWITCHBOARD_HOME)")
        Path db;

        Path file() {
            return db != null ? db : RequestLogDatabase.fileIn(AppPaths.forCurrentUser().dataDir());
        }
    }

    /** Runs {@code work} with the log open for reading; maps problems to messages and exit codes. */
    static int withQueries(CommandSpec spec, Path file, String filterText, QueryWork work) {
        PrintWriter err = spec.commandLine().getErr();
        try (RequestLogQueries q = RequestLogQueries.open(file, Clock.systemDefaultZone())) {
            SqlFilter filter;
            try {
                filter = q.filter(filterText);
            } catch (FilterException e) {
                err.println("Bad filter: " + e.describe());
                err.println("  " + filterText);
                err.println("  " + " ".repeat(e.position()) + "^");
                return BAD_INPUT;
            }
            return work.run(q, filter);
        } catch (RequestLogException e) {
            err.println(e.getMessage());
            return FAILED;
        } catch (IOException e) {
            err.println("Could not write: " + e.getMessage());
            return FAILED;
        }
    }

    @FunctionalInterface
    interface QueryWork {
        int run(RequestLogQueries q, SqlFilter filter) throws IOException;
    }

    @Command(name = "query", mixinStandardHelpOptions = true,
            description = "List requests, newest first. FILTER e.g. 'status>=400 method=POST path*=Keys'.")
    static final class Query implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        Database database;
        @Spec
        CommandSpec spec;
        @Parameters(arity = "0..*", paramLabel = "FILTER", description = "filter words (joined with spaces)")
        List<String> filter = List.of();
        @Option(names = "--limit", defaultValue = "50", description = "at most N requests (default ${DEFAULT-VALUE})")
        int limit;
        @Option(names = "--json", description = "one JSON object per line")
        boolean json;

        @Override
        public Integer call() {
            String text = String.join(" ", filter);
            return withQueries(spec, database.file(), text, (q, f) -> {
                PrintWriter out = spec.commandLine().getOut();
                List<RequestRow> rows = q.page(f, Long.MAX_VALUE, Math.max(1, Math.min(limit, 100_000)));
                if (json) {
                    for (RequestRow r : rows) {
                        out.println(toJson(r));
                    }
                } else {
                    DateTimeFormatter t = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneId.systemDefault());
                    out.printf(Locale.ROOT, "%-23s %-6s %3s %6s %8s %8s  %-34s %s%n", "TIME", "METHOD", "ST", "CODE",
                            "SERVER", "RTT", "REQUEST ID", "URL");
                    for (RequestRow r : rows) {
                        out.printf(Locale.ROOT, "%-23s %-6s %3d %6s %8s %8.0f  %-34s %s%s%n", t.format(r.time()), r.method(),
                                r.status(), r.twilioCode() == null ? "" : r.twilioCode(),
                                r.twilioDurationSeconds() == null ? "" : String.format(Locale.ROOT, "%.3fs", r.twilioDurationSeconds()),
                                r.roundTripMillis(), r.requestId() == null ? "" : r.requestId(), r.isRetry() ? "↳ " : "", r.url());
                    }
                    out.printf(Locale.ROOT, "%d shown of %d matching (%d in the log)%n", rows.size(), q.count(f), q.total());
                }
                out.flush();
                return 0;
            });
        }

        private static String toJson(RequestRow r) {
            java.io.StringWriter sw = new java.io.StringWriter();
            try (JsonWriter w = new JsonWriter(sw)) {
                w.beginObject();
                w.name("id").value(r.id());
                if (r.isRetry()) {
                    w.name("parent_id").value(r.parentId());
                }
                w.name("attempt").value(r.attempt());
                w.name("time").value(r.time().toString());
                w.name("account").value(r.account());
                w.name("credential").value(r.credential());
                w.name("method").value(r.method());
                w.name("url").value(r.url());
                w.name("status").value(r.status());
                w.name("code").value(r.twilioCode());
                w.name("duration_s").value(r.twilioDurationSeconds());
                w.name("rtt_ms").value(r.roundTripMillis());
                w.name("concurrency").value(r.concurrency());
                w.name("request_id").value(r.requestId());
                w.name("source").value(r.source());
                w.name("failure").value(r.failure());
                w.endObject();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return sw.toString();
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Export matching requests as HAR 1.2 (secrets redacted).")
    static final class Export implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        Database database;
        @Spec
        CommandSpec spec;
        @Option(names = "--har", required = true, paramLabel = "FILE", description = "the HAR file to write")
        Path har;
        @Parameters(arity = "0..*", paramLabel = "FILTER", description = "filter words (joined with spaces)")
        List<String> filter = List.of();

        @Override
        public Integer call() {
            return withQueries(spec, database.file(), String.join(" ", filter), (q, f) -> {
                long n = HarExporter.export(q, f, har);
                spec.commandLine().getOut().printf("%d requests written to %s%n", n, har);
                spec.commandLine().getOut().flush();
                return 0;
            });
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import a HAR file as a separate source (see 'source=' in filters).")
    static final class Import implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        Database database;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            if (!file.toFile().isFile()) {
                err.println("No such file: " + file);
                return BAD_INPUT;
            }
            try (RequestLogStore store = RequestLogStore.open(database.file(), RequestLogSettings.defaults(),
                    Clock.systemDefaultZone())) {
                HarImporter.Result r = new HarImporter(Clock.systemDefaultZone()).importFile(file, store);
                spec.commandLine().getOut().printf("%d requests imported as source \"%s\"%s%n", r.imported(), r.source(),
                        r.skipped() > 0 ? " (" + r.skipped() + " entries without method or URL skipped)" : "");
                spec.commandLine().getOut().flush();
                return 0;
            } catch (HarFormatException e) {
                err.println(e.getMessage());
                return BAD_INPUT;
            } catch (RequestLogException e) {
                err.println(e.getMessage());
                return FAILED;
            } catch (IOException e) {
                err.println("Could not read " + file + ": " + e.getMessage());
                return FAILED;
            }
        }
    }
}
