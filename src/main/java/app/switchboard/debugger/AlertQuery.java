package app.switchboard.debugger;

import java.time.Instant;

/**
 * Filters for Monitor's alert list. Null means "no filter".
 *
 * @param accountSid the account whose alerts to list (main or a subaccount); null = the profile's account
 * @param logLevel   {@code error}, {@code warning}, {@code notice} or {@code debug}
 * @param start      StartDate (inclusive); Twilio refuses dates older than 30 days, see {@link MonitorDateRange}
 * @param end        EndDate
 * @param pageSize   PageSize to request (1..1000); the tail asks for large pages to keep requests few
 */
public record AlertQuery(String accountSid, String logLevel, Instant start, Instant end, int pageSize) {

    public static final int MAX_PAGE_SIZE = 1000;

    public AlertQuery {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size must be 1.." + MAX_PAGE_SIZE + ", was " + pageSize);
        }
    }

    public static AlertQuery forAccount(String accountSid) {
        return new AlertQuery(accountSid, null, null, null, MAX_PAGE_SIZE);
    }

    public AlertQuery withLevel(String level) {
        return new AlertQuery(accountSid, level, start, end, pageSize);
    }

    public AlertQuery withRange(Instant from, Instant to) {
        return new AlertQuery(accountSid, logLevel, from, to, pageSize);
    }

    public AlertQuery withPageSize(int size) {
        return new AlertQuery(accountSid, logLevel, start, end, size);
    }
}
