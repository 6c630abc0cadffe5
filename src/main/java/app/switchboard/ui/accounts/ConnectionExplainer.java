package app.switchboard.ui.accounts;

import app.switchboard.accounts.CredentialKind;
import app.switchboard.accounts.Profile;
import app.switchboard.accounts.TwilioFailure;

/** Turns a failed connection test into words an admin can act on. */
final class ConnectionExplainer {

    private ConnectionExplainer() {
    }

    static String title(TwilioFailure f) {
        switch (f.kind()) {
            case AUTHENTICATION:
                return "Twilio refused these credentials" + (f.code() > 0 ? " (error " + f.code() + ")" : "");
            case UNREACHABLE:
                return "Twilio could not be reached";
            default:
                return "Twilio answered with an error" + (f.code() > 0 ? " (" + f.code() + ")" : " (HTTP " + f.httpStatus() + ")");
        }
    }

    static String explain(Profile p, TwilioFailure f) {
        StringBuilder b = new StringBuilder();
        switch (f.kind()) {
            case AUTHENTICATION:
                if (p.kind() == CredentialKind.API_KEY) {
                    b.append("Check the secret. If it is right, this may be a Standard or Restricted key: listing "
                            + "accounts and keys needs a Main API key (created in the Twilio Console) or the "
                            + "Auth Token.");
                } else {
                    b.append("Check the Auth Token (Console → Account → API keys & tokens).");
                }
                b.append(" Credentials are also region-specific: a ").append(p.effectiveRegion())
                        .append(" profile needs credentials created for ").append(p.effectiveRegion()).append('.');
                break;
            case UNREACHABLE:
                b.append(f.message() == null ? "No answer." : f.message())
                        .append(" Check the network or proxy, the edge and region, and any base-URL override.");
                break;
            default:
                b.append(f.message() == null ? "" : f.message());
                break;
        }
        String details = f.details();
        if (!details.isEmpty()) {
            b.append('\n').append(details);
        }
        return b.toString();
    }
}
