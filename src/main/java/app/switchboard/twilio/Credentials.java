package app.switchboard.twilio;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * Who the client authenticates as: an Account SID plus either an API key (SK… + secret, recommended) or
 * the account's Auth Token. The secret never appears in {@link #toString()}.
 */
public final class Credentials {
    private final String accountSid;
    private final String username;
    private final Secret secret;

    private Credentials(String accountSid, String username, Secret secret) {
        this.accountSid = accountSid;
        this.username = username;
        this.secret = Objects.requireNonNull(secret, "secret");
    }

    /** API key credentials; the SIDs are validated with messages fit for a person. */
    public static Credentials apiKey(String accountSid, String apiKeySid, Secret secret) {
        return new Credentials(Sids.require("AC", accountSid, "Account SID"), Sids.require("SK", apiKeySid, "API key SID"),
                secret);
    }

    /** Account SID + Auth Token credentials. */
    public static Credentials authToken(String accountSid, Secret authToken) {
        String ac = Sids.require("AC", accountSid, "Account SID");
        return new Credentials(ac, ac, authToken);
    }

    /** The account these credentials belong to (AC…). */
    public String accountSid() {
        return accountSid;
    }

    /** The Basic-auth user: the API key SID, or the Account SID for Auth Token credentials. */
    public String credentialSid() {
        return username;
    }

    public boolean isAuthToken() {
        return username.equals(accountSid);
    }

    /** The {@code Authorization} header value; built on demand so the secret lives in one place. */
    String basicAuthHeader() {
        char[] pass = secret.reveal();
        char[] joined = new char[username.length() + 1 + pass.length];
        username.getChars(0, username.length(), joined, 0);
        joined[username.length()] = ':';
        System.arraycopy(pass, 0, joined, username.length() + 1, pass.length);
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(joined));
        byte[] raw = new byte[bytes.remaining()];
        bytes.get(raw);
        String header = "Basic " + Base64.getEncoder().encodeToString(raw);
        Arrays.fill(pass, '\0');
        Arrays.fill(joined, '\0');
        Arrays.fill(raw, (byte) 0);
        return header;
    }

    @Override
    public String toString() {
        return "Credentials[account=" + accountSid + ", " + (isAuthToken() ? "auth token" : "api key " + username)
                + ", secret=****]";
    }
}
