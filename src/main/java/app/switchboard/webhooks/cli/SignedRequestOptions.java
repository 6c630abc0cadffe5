package app.switchboard.webhooks.cli;

import app.switchboard.webhooks.signature.SignatureValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The request options {@code signature verify} and {@code signature sign} share. */
final class SignedRequestOptions {

    /** Bad input: exit code 2 with this message. */
    static final class UsageProblem extends Exception {
        UsageProblem(String message) {
            super(message);
        }
    }

    @Option(names = "--url", required = true, paramLabel = "URL",
            description = "The full URL Twilio requested, with its query string (for JSON bodies it carries bodySHA256).")
    String url;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A form parameter Twilio posted (repeatable, order irrelevant).")
    List<String> params = new ArrayList<>();

    @Option(names = "--body-file", paramLabel = "FILE", description = "The raw JSON body (instead of --param).")
    Path bodyFile;

    SignatureValidator.Request request() throws UsageProblem {
        if (url.isBlank()) {
            throw new UsageProblem("--url is empty");
        }
        if (bodyFile != null && !params.isEmpty()) {
            throw new UsageProblem("Give either --param (form body) or --body-file (JSON body), not both");
        }
        if (bodyFile != null) {
            try {
                return SignatureValidator.Request.json(url, Files.readAllBytes(bodyFile));
            } catch (IOException e) {
                throw new UsageProblem("Cannot read " + bodyFile + ": " + e.getMessage());
            }
        }
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new UsageProblem("--param must look like NAME=VALUE, got '" + p + "'");
            }
            pairs.add(Map.entry(p.substring(0, eq), p.substring(eq + 1)));
        }
        return SignatureValidator.Request.form(url, pairs);
    }

    static SignatureValidator validator(SignatureCommand parent) throws UsageProblem {
        String token = parent.environment.apply(SignatureCommand.TOKEN_VARIABLE);
        if (token == null || token.isEmpty()) {
            throw new UsageProblem("Set " + SignatureCommand.TOKEN_VARIABLE + " to the account's Auth Token");
        }
        return new SignatureValidator(token);
    }

    /** The signed string can start with a URL carrying user:pass@; show it masked. */
    static String masked(String signedString) {
        return app.switchboard.webhooks.WebhookUrl.maskCredentialsIn(signedString);
    }
}
