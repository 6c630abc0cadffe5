package app.switchboard.twilio;

import java.util.Map;

/** v2010 SIP domains of the bound account. */
public final class SipDomainsApi {
    private final AccountClient c;

    SipDomainsApi(AccountClient c) {
        this.c = c;
    }

    public Paged<SipDomain> list() {
        return c.list(Product.API, c.v2010Path("/SIP/Domains.json"), Map.of(), "domains", SipDomain.class);
    }
}
