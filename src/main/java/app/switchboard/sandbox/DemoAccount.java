package app.switchboard.sandbox;

/**
 * The sandbox's demo credentials. They only work against the sandbox. {@link #toString()} hides the secrets.
 *
 * @param accountSid the main account
 * @param apiKeySid a Main API key of it (may manage accounts and keys)
 * @param apiKeySecret that key's secret
 * @param authToken the main account's Auth Token
 * @param standardKeySid a Standard key (refused on /Accounts and /Keys with 20003, like Twilio)
 * @param standardKeySecret that key's secret
 */
public record DemoAccount(String accountSid, String apiKeySid, String apiKeySecret, String authToken,
        String standardKeySid, String standardKeySecret) {

    @Override
    public String toString() {
        return "DemoAccount[" + accountSid + ", key " + apiKeySid + ", standard key " + standardKeySid + "]";
    }
}
