package app.switchboard.keys;

import app.switchboard.twilio.AccountClient;
import app.switchboard.twilio.AmbiguousCreateException;
import app.switchboard.twilio.Credentials;
import app.switchboard.twilio.IamKey;
import app.switchboard.twilio.MonitorEvent;
import app.switchboard.twilio.MonitorEventsApi;
import app.switchboard.twilio.NewApiKey;
import app.switchboard.twilio.Secret;
import app.switchboard.twilio.TwilioClient;
import app.switchboard.twilio.TwilioException;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The key service's calls, made with the one Twilio client. Lists come from IAM v1, the only list that
 * tells key kinds apart (its {@code flags}), or from v2010 without kinds where IAM does not answer, plus the
 * v2010 signing keys; standard keys are created with v2010 (every region), restricted ones with IAM v1 (US1
 * only). Deletes go through the account's adaptive limiter, so a bulk revoke runs near the account's
 * concurrency without 429 storms.
 */
public final class TwilioKeyGateway implements KeyGateway {
    /** How many keys to hand to the screen at a time while a long list is still arriving. */
    private static final int BATCH = 200;
    /** Keys asked for first, so the newest show before a long list has loaded. */
    private static final int PREVIEW = 50;

    private final TwilioClient client;
    private final AccountClient parent;

    /** @param parent the profile's client; subaccounts are reached through it with the parent's credentials */
    public TwilioKeyGateway(TwilioClient client, AccountClient parent) {
        this.client = client;
        this.parent = parent;
    }

    private AccountClient on(String accountSid) {
        return accountSid.equals(parent.accountSid()) ? parent : parent.forSubaccount(accountSid);
    }

    @Override
    public void list(String accountSid, Consumer<List<ApiKey>> onPage) {
        Set<String> seen = new HashSet<>();
        List<ApiKey> batch = new ArrayList<>();
        AccountClient account = on(accountSid).withPageSize(1000);
        try {
            listIam(accountSid, account, seen, batch, onPage);
        } catch (TwilioException e) {
            if (!iamUnavailable(e)) {
                throw e;
            }
            // IAM v1 is a US1 service that a key of another region cannot reach (401), or it is not there at all
            // (404): v2010 still lists the keys, without telling their kinds apart.
            for (app.switchboard.twilio.ApiKey k : account.keys().list()) {
                if (seen.add(k.sid())) {
                    batch.add(new ApiKey(accountSid, k.sid(), k.friendlyName(), k.dateCreated(), k.dateUpdated(),
                            KeyKind.UNKNOWN, List.of()));
                }
                deliverFull(batch, onPage);
            }
        }
        // Signing keys share the SK namespace; list the ones IAM did not already return.
        for (app.switchboard.twilio.ApiKey k : account.signingKeys().list()) {
            if (seen.add(k.sid())) {
                batch.add(new ApiKey(accountSid, k.sid(), k.friendlyName(), k.dateCreated(), k.dateUpdated(),
                        KeyKind.SIGNING, List.of()));
            }
        }
        if (!batch.isEmpty()) {
            onPage.accept(List.copyOf(batch));
        }
    }

    /**
     * The keys IAM v1 lists, with their kinds ({@code account} reads in big pages); hands over full batches and
     * leaves the rest in {@code batch}.
     */
    private void listIam(String accountSid, AccountClient account, Set<String> seen, List<ApiKey> batch,
                         Consumer<List<ApiKey>> onPage) {
        // A small first page shows the newest keys at once; the rest comes in big pages, which load a long list
        // fastest. An account whose keys all fit the small page is listed with that one request.
        int previewed = 0;
        for (IamKey k : on(accountSid).withPageSize(PREVIEW).iamKeys().list()) {
            seen.add(k.sid());
            batch.add(toApiKey(accountSid, k));
            if (++previewed == PREVIEW) {
                break;
            }
        }
        onPage.accept(List.copyOf(batch));
        batch.clear();
        if (previewed == PREVIEW) {
            for (IamKey k : account.iamKeys().list()) {
                if (seen.add(k.sid())) {
                    batch.add(toApiKey(accountSid, k));
                }
                deliverFull(batch, onPage);
            }
        }
    }

    private static void deliverFull(List<ApiKey> batch, Consumer<List<ApiKey>> onPage) {
        if (batch.size() >= BATCH) {
            onPage.accept(List.copyOf(batch));
            batch.clear();
        }
    }

    /** IAM v1 does not answer here (another region's key, or no IAM), though the credential may list keys. */
    private static boolean iamUnavailable(TwilioException e) {
        return e.status() == 401 || e.status() == 403 || e.isNotFound();
    }

    private static ApiKey toApiKey(String accountSid, IamKey k) {
        return new ApiKey(accountSid, k.sid(), k.friendlyName(), k.dateCreated(), k.dateUpdated(), kindOf(k.flags()), List.of());
    }

    @Override
    public ApiKey fetch(String accountSid, String keySid) {
        AccountClient account = on(accountSid);
        try {
            // A fetch has the policy but no flags (facts §2.4): restricted is knowable, Main vs Standard is not.
            IamKey k = account.iamKeys().fetch(keySid);
            return new ApiKey(accountSid, k.sid(), k.friendlyName(), k.dateCreated(), k.dateUpdated(),
                    k.isRestricted() ? KeyKind.RESTRICTED : KeyKind.UNKNOWN, List.of());
        } catch (TwilioException e) {
            if (!e.isNotFound()) {
                throw e;
            }
        }
        // Not an IAM key (or no IAM here, outside US1): v2010 still knows it, without its kind.
        try {
            app.switchboard.twilio.ApiKey k = account.keys().fetch(keySid);
            return new ApiKey(accountSid, k.sid(), k.friendlyName(), k.dateCreated(), k.dateUpdated(), KeyKind.UNKNOWN,
                    List.of());
        } catch (TwilioException e) {
            if (e.isNotFound()) {
                throw new KeyNotFoundException(keySid, e);
            }
            throw e;
        }
    }

    /**
     * The kind from IAM flags. Twilio documents only {@code rest_api} and {@code signing}; a key allowed to
     * manage accounts or keys is a Main key, one without {@code signing} cannot mint access tokens, which
     * is what a restricted key is denied.
     */
    static KeyKind kindOf(List<String> flags) {
        if (flags.contains("keys_management") || flags.contains("accounts_management")) {
            return KeyKind.MAIN;
        }
        boolean rest = flags.contains("rest_api");
        boolean signing = flags.contains("signing");
        if (rest && signing) {
            return KeyKind.STANDARD;
        }
        if (rest) {
            return KeyKind.RESTRICTED;
        }
        return signing ? KeyKind.SIGNING : KeyKind.UNKNOWN;
    }

    @Override
    public List<String> permissions(String accountSid, String keySid) {
        JsonElement policy = on(accountSid).iamKeys().fetch(keySid).policy();
        List<String> allow = new ArrayList<>();
        if (policy != null && policy.isJsonObject()) {
            JsonElement a = ((JsonObject) policy).get("allow");
            if (a != null && a.isJsonArray()) {
                for (JsonElement e : (JsonArray) a) {
                    allow.add(e.getAsString());
                }
            }
        }
        return allow;
    }

    @Override
    public List<KeyEvent> history(String accountSid, String keySid) {
        List<KeyEvent> out = new ArrayList<>();
        try {
            for (MonitorEvent e : on(accountSid).monitorEvents().list(
                    new MonitorEventsApi.Filter(null, null, keySid, null, null, null))) {
                out.add(new KeyEvent(e.eventDate(), "twilio", e.eventType(), e.actorSid(),
                        e.sourceIpAddress() == null ? e.source() : e.source() + " from " + e.sourceIpAddress()));
            }
        } catch (TwilioException e) {
            if (!e.isNotFound()) {
                throw e;
            }
            // No Monitor Events outside US1: the local audit log still tells Switchboard's part.
        }
        return out;
    }

    @Override
    public NewKey create(String accountSid, String friendlyName, List<String> permissions) {
        try {
            NewApiKey k;
            if (permissions.isEmpty()) {
                k = on(accountSid).keys().create(friendlyName);
            } else {
                JsonObject policy = new JsonObject();
                JsonArray allow = new JsonArray();
                permissions.forEach(allow::add);
                policy.add("allow", allow);
                k = on(accountSid).iamKeys().createRestricted(friendlyName, policy.toString());
            }
            char[] secret = k.secret().reveal();
            try {
                return new NewKey(new ApiKey(accountSid, k.sid(), k.friendlyName(), k.dateCreated(), k.dateUpdated(),
                        permissions.isEmpty() ? KeyKind.STANDARD : KeyKind.RESTRICTED, permissions), secret);
            } finally {
                java.util.Arrays.fill(secret, '\0');
                k.secret().wipe();
            }
        } catch (AmbiguousCreateException e) {
            throw new CreationOutcomeUnknownException(e.getMessage(), e);
        }
    }

    @Override
    public ApiKey rename(String accountSid, String keySid, String friendlyName) {
        app.switchboard.twilio.ApiKey k = on(accountSid).keys().update(keySid, friendlyName);
        return new ApiKey(accountSid, k.sid(), k.friendlyName(), k.dateCreated(), k.dateUpdated(), KeyKind.UNKNOWN, List.of());
    }

    @Override
    public void delete(String accountSid, String keySid) {
        AccountClient account = on(accountSid);
        try {
            account.limiter().run(() -> {
                account.keys().delete(keySid);
                return null;
            });
        } catch (TwilioException e) {
            if (e.isNotFound()) {
                throw new KeyNotFoundException(keySid, e);
            }
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while revoking " + keySid, e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public void verify(String accountSid, String keySid, char[] secret, boolean mustManageKeys) {
        // A key belongs to the account it was created in: it signs in as that account.
        AccountClient withKey = client.account(Credentials.apiKey(accountSid, keySid, Secret.of(secret)), parent.hosts());
        if (mustManageKeys) {
            withKey.withPageSize(1).keys().list().iterator().hasNext();
        } else {
            withKey.withPageSize(1).incomingPhoneNumbers().list().iterator().hasNext();
        }
    }
}
