package app.switchboard.traffic;

import app.switchboard.twilio.RequestRecord;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Where the last 24 h come from after a restart: the request log. Implemented by the integrator over the
 * request log store; called on a background thread.
 */
@FunctionalInterface
public interface TrafficHistory {

    /** Streams every record that started at or after {@code since}, in any order, to {@code sink}. */
    void since(Instant since, Consumer<RequestRecord> sink) throws Exception;
}
