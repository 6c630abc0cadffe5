package app.switchboard.twilio;

import java.util.Map;

/** v2010 IncomingPhoneNumbers of the bound account (facts §4.1). */
public final class IncomingPhoneNumbersApi {
    private final AccountClient c;

    IncomingPhoneNumbersApi(AccountClient c) {
        this.c = c;
    }

    public Paged<IncomingPhoneNumber> list() {
        return c.list(Product.API, c.v2010Path("/IncomingPhoneNumbers.json"), Map.of(), "incoming_phone_numbers",
                IncomingPhoneNumber.class);
    }
}
