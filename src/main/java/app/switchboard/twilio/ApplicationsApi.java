package app.switchboard.twilio;

import java.util.Map;

/** v2010 Applications of the bound account (facts §4.2). */
public final class ApplicationsApi {
    private final AccountClient c;

    ApplicationsApi(AccountClient c) {
        this.c = c;
    }

    public Paged<Application> list() {
        return c.list(Product.API, c.v2010Path("/Applications.json"), Map.of(), "applications", Application.class);
    }

    public Application fetch(String applicationSid) {
        String sid = Sids.require("AP", applicationSid, "Application SID");
        return TwilioJson.gson().fromJson(c.get(c.url(Product.API, c.v2010Path("/Applications/" + sid + ".json"), Map.of())),
                Application.class);
    }
}
