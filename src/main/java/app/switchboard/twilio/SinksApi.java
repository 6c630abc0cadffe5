package app.switchboard.twilio;

import java.util.Map;

/** Event Streams sinks (events v1) of the credentials' account. */
public final class SinksApi {
    private final AccountClient c;

    SinksApi(AccountClient c) {
        this.c = c;
    }

    public Paged<Sink> list() {
        return c.list(Product.EVENTS, "v1/Sinks", Map.of(), "sinks", Sink.class);
    }
}
