package app.switchboard.sandbox.world;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;

/**
 * The sandbox's in-memory Twilio: accounts, keys, seeded resources, alerts and events. Every method takes the
 * one lock, so handlers running on many threads see a consistent world; lists are returned as copies.
 */
public final class SandboxWorld {
    private final Clock clock;
    private final Random idRandom;
    private final Map<String, AccountRecord> accounts = new LinkedHashMap<>();
    private final Map<String, KeyRecord> keys = new LinkedHashMap<>();
    private final Map<ResourceKind, Map<String, Resource>> resources = new EnumMap<>(ResourceKind.class);
    private final List<AlertRecord> alerts = new ArrayList<>();
    private final List<EventRecord> events = new ArrayList<>();
    private final StatusPage statusPage;

    public SandboxWorld(Clock clock, long idSeed, StatusPage.Indicator statusIndicator) {
        this.clock = clock;
        this.statusPage = new StatusPage(clock, statusIndicator);
        this.idRandom = new Random(idSeed);
        for (ResourceKind kind : ResourceKind.values()) {
            resources.put(kind, new LinkedHashMap<>());
        }
    }

    public Clock clock() {
        return clock;
    }

    /** The status page's indicator (it has its own lock-free state: it is read without the world's lock). */
    public StatusPage statusPage() {
        return statusPage;
    }

    Instant now() {
        return clock.instant().with(java.time.temporal.ChronoField.NANO_OF_SECOND, 0);
    }

    // ---- seeding (package-private: only WorldSeeder builds the world) ----

    synchronized void addAccount(AccountRecord account) {
        accounts.put(account.sid, account);
    }

    synchronized void addKey(KeyRecord key) {
        keys.put(key.sid, key);
    }

    synchronized void addResource(ResourceKind kind, Resource resource) {
        resources.get(kind).put(resource.sid(), resource);
    }

    /** Alerts must be added in date_created order: lists are served newest first by walking backwards. */
    public synchronized void addAlert(AlertRecord alert) {
        alerts.add(alert);
    }

    synchronized void addEvent(EventRecord event) {
        events.add(event);
    }

    // ---- accounts ----

    public synchronized Optional<AccountRecord> account(String sid) {
        return Optional.ofNullable(accounts.get(sid));
    }

    /** The account itself and its subaccounts, as ListAccount shows them to the account's credentials. */
    public synchronized List<AccountRecord> accountsVisibleTo(String accountSid) {
        List<AccountRecord> out = new ArrayList<>();
        for (AccountRecord a : accounts.values()) {
            if (a.sid.equals(accountSid) || a.ownerSid.equals(accountSid)) {
                out.add(a);
            }
        }
        return out;
    }

    public synchronized List<AccountRecord> allAccounts() {
        return new ArrayList<>(accounts.values());
    }

    public synchronized AccountRecord createSubaccount(String ownerSid, String friendlyName) {
        Instant now = now();
        AccountRecord account = new AccountRecord(Sids.sid("AC", idRandom), ownerSid, Sids.hex(idRandom, 32),
                friendlyName, "active", "Full", now);
        accounts.put(account.sid, account);
        return account;
    }

    public synchronized AccountRecord updateAccount(AccountRecord account, String friendlyName, String status) {
        if (friendlyName != null) {
            account.friendlyName = friendlyName;
        }
        if (status != null) {
            account.status = status;
        }
        account.dateUpdated = now();
        return account;
    }

    // ---- keys ----

    public synchronized Optional<KeyRecord> key(String sid) {
        return Optional.ofNullable(keys.get(sid));
    }

    /** API keys (not signing keys) of one account, newest first. */
    public synchronized List<KeyRecord> apiKeys(String accountSid) {
        return keysWhere(k -> k.accountSid.equals(accountSid) && k.type != KeyRecord.Type.SIGNING);
    }

    public synchronized List<KeyRecord> signingKeys(String accountSid) {
        return keysWhere(k -> k.accountSid.equals(accountSid) && k.type == KeyRecord.Type.SIGNING);
    }

    private List<KeyRecord> keysWhere(Predicate<KeyRecord> filter) {
        List<KeyRecord> out = new ArrayList<>();
        for (KeyRecord k : keys.values()) {
            if (filter.test(k)) {
                out.add(k);
            }
        }
        out.sort(Comparator.comparing((KeyRecord k) -> k.dateCreated).reversed().thenComparing(k -> k.sid));
        return out;
    }

    /** Creates a key and writes the matching Monitor event, as Twilio's audit log does. */
    public synchronized KeyRecord createKey(String accountSid, KeyRecord.Type type, String friendlyName,
            String policyJson, String actorSid) {
        KeyRecord key = new KeyRecord(Sids.sid("SK", idRandom), accountSid, type, friendlyName,
                Sids.secret(idRandom), policyJson, now());
        keys.put(key.sid, key);
        recordKeyEvent(key, "created", actorSid, JsonMap.of("friendly_name", nullToEmpty(friendlyName)));
        return key;
    }

    public synchronized KeyRecord updateKey(KeyRecord key, String friendlyName, String policyJson, String actorSid) {
        Map<String, Object> changes = new LinkedHashMap<>();
        if (friendlyName != null && !friendlyName.equals(key.friendlyName)) {
            changes.put("friendly_name", JsonMap.of("previous", nullToEmpty(key.friendlyName), "updated", friendlyName));
            key.friendlyName = friendlyName;
        }
        if (policyJson != null) {
            changes.put("policy", JsonMap.of("previous", nullToEmpty(key.policyJson), "updated", policyJson));
            key.policyJson = policyJson;
        }
        key.dateUpdated = now();
        recordKeyEvent(key, "updated", actorSid, changes);
        return key;
    }

    public synchronized boolean deleteKey(String sid, String actorSid) {
        KeyRecord removed = keys.remove(sid);
        if (removed != null) {
            recordKeyEvent(removed, "deleted", actorSid, JsonMap.of("friendly_name", nullToEmpty(removed.friendlyName)));
        }
        return removed != null;
    }

    private void recordKeyEvent(KeyRecord key, String action, String actorSid, Map<String, Object> data) {
        String resourceType = key.type == KeyRecord.Type.SIGNING ? "signing-key" : "api-key";
        String path = "/2010-04-01/Accounts/" + key.accountSid
                + (key.type == KeyRecord.Type.SIGNING ? "/SigningKeys/" : "/Keys/") + key.sid + ".json";
        events.add(new EventRecord(Sids.sid("AE", idRandom), key.accountSid, actorSid, "account",
                resourceType.replace('-', ' ') + " " + action, data, now(), resourceType + "." + action, key.sid,
                resourceType, "api", "127.0.0.1", path));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    // ---- resources, alerts, events ----

    public synchronized List<Resource> resources(ResourceKind kind, String accountSid) {
        List<Resource> out = new ArrayList<>();
        for (Resource r : resources.get(kind).values()) {
            if (r.accountSid().equals(accountSid)) {
                out.add(r);
            }
        }
        return out;
    }

    public synchronized Optional<Resource> resource(ResourceKind kind, String sid) {
        return Optional.ofNullable(resources.get(kind).get(sid));
    }

    /** Alerts of one account matching the filter, newest first. */
    public synchronized List<AlertRecord> alerts(String accountSid, Predicate<AlertRecord> filter) {
        List<AlertRecord> out = new ArrayList<>();
        for (int i = alerts.size() - 1; i >= 0; i--) {
            AlertRecord a = alerts.get(i);
            if (a.accountSid().equals(accountSid) && filter.test(a)) {
                out.add(a);
            }
        }
        return out;
    }

    public synchronized List<AlertRecord> allAlerts() {
        return new ArrayList<>(alerts);
    }

    public synchronized Optional<AlertRecord> alert(String sid) {
        return alerts.stream().filter(a -> a.sid().equals(sid)).findFirst();
    }

    /** Events of one account matching the filter, newest first. */
    public synchronized List<EventRecord> events(String accountSid, Predicate<EventRecord> filter) {
        List<EventRecord> out = new ArrayList<>();
        for (EventRecord e : events) {
            if (e.accountSid().equals(accountSid) && filter.test(e)) {
                out.add(e);
            }
        }
        out.sort(Comparator.comparing(EventRecord::eventDate).reversed());
        return out;
    }

    public synchronized Optional<EventRecord> event(String sid) {
        return events.stream().filter(e -> e.sid().equals(sid)).findFirst();
    }
}
