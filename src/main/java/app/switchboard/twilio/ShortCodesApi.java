package app.switchboard.twilio;

import java.util.Map;

/** v2010 short codes of the bound account. */
public final class ShortCodesApi {
    private final AccountClient c;

    ShortCodesApi(AccountClient c) {
        this.c = c;
    }

    public Paged<ShortCode> list() {
        return c.list(Product.API, c.v2010Path("/SMS/ShortCodes.json"), Map.of(), "short_codes", ShortCode.class);
    }
}
