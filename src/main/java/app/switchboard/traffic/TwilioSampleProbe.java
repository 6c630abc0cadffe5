package app.switchboard.traffic;

import app.switchboard.twilio.AccountClient;
import java.util.function.Function;

/**
 * The sampler's probe through the Twilio client: {@code GET /2010-04-01/Accounts/{sid}/Applications.json?PageSize=1}.
 *
 * <p>Why this request: fetching the Account is the obvious choice but Twilio refuses it to standard keys
 * (20003, facts §16.1), and a console run with a standard key must still see its load. Listing applications is a
 * v2010 read that every key type and the Auth Token may do, parent credentials may do it for a subaccount, and
 * with PageSize=1 the answer is at most one small record, so the probe costs Twilio and the account next to nothing.
 * It goes through the client like any request, so its record reaches the charts and the request log, and a 429
 * or an error is recorded, not hidden.
 */
public final class TwilioSampleProbe implements SampleProbe {

    private final Function<String, AccountClient> clientFor;

    /** @param clientFor the client that acts on an Account SID (credentials that may read it) */
    public TwilioSampleProbe(Function<String, AccountClient> clientFor) {
        this.clientFor = clientFor;
    }

    /** Probes {@code client}'s account and, with its (parent) credentials, any of its subaccounts. */
    public static TwilioSampleProbe of(AccountClient client) {
        return new TwilioSampleProbe(sid -> sid.equals(client.accountSid()) ? client : client.forSubaccount(sid));
    }

    @Override
    public void probe(String accountSid) {
        // hasNext() reads the first page only: one request whatever the number of applications.
        clientFor.apply(accountSid).withPageSize(1).applications().list().iterator().hasNext();
    }
}
