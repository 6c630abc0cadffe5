package app.switchboard.sandbox.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import app.switchboard.sandbox.world.AccountRecord;
import app.switchboard.sandbox.world.KeyRecord;
import app.switchboard.sandbox.world.SandboxWorld;

/** HTTP Basic with an API key (SK + secret) or Account SID + Auth Token, checked against the world. */
final class Authenticator {
    private final SandboxWorld world;

    Authenticator(SandboxWorld world) {
        this.world = world;
    }

    Principal authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw ApiException.permissionDenied();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException ex) {
            throw ApiException.permissionDenied();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw ApiException.permissionDenied();
        }
        String user = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        if (user.startsWith("AC")) {
            Optional<AccountRecord> account = world.account(user);
            if (account.isPresent() && same(account.get().authToken, password)) {
                requireActive(account.get());
                return new Principal(user, user, Principal.Kind.AUTH_TOKEN);
            }
        } else if (user.startsWith("SK")) {
            Optional<KeyRecord> key = world.key(user);
            if (key.isPresent() && key.get().type != KeyRecord.Type.SIGNING && same(key.get().secret(), password)) {
                world.account(key.get().accountSid).ifPresent(Authenticator::requireActive);
                return new Principal(key.get().accountSid, user,
                        key.get().type == KeyRecord.Type.MAIN ? Principal.Kind.MAIN_KEY : Principal.Kind.STANDARD_KEY);
            }
        }
        throw ApiException.permissionDenied();
    }

    private static void requireActive(AccountRecord account) {
        if (!account.status().equals("active")) {
            throw new ApiException(401, 20005, "Account not active");
        }
    }

    private static boolean same(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
