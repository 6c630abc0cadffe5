package app.switchboard.keys;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** An in-memory Twilio for the key service, with switches for the failures the service must survive. */
public class FakeKeyGateway implements KeyGateway {
    public final Map<String, ApiKey> keys = Collections.synchronizedMap(new java.util.LinkedHashMap<>());
    public final Map<String, String> secrets = new ConcurrentHashMap<>();
    /** Keys that cannot manage keys (everything created through the API is Standard in real Twilio). */
    public final java.util.Set<String> standardOnly = java.util.concurrent.ConcurrentHashMap.newKeySet();
    public final AtomicInteger createCalls = new AtomicInteger();
    public final AtomicInteger deleteCalls = new AtomicInteger();
    public final List<String> verified = Collections.synchronizedList(new ArrayList<>());
    public Instant now = Instant.parse("2026-11-28T10:00:00Z");
    /** Create the key, then lose the answer. */
    public boolean dropCreateResponse;
    /** Lose the answer before Twilio saw the request. */
    public boolean failCreateAmbiguouslyWithoutCreating;
    /** Runs inside every delete, before the key goes (to hold deletes in flight). */
    public Runnable duringDelete = () -> { };
    /** Listing fails (network down). */
    public boolean listFails;
    public RuntimeException verifyFailure;
    private int seq;

    public ApiKey add(String account, String name, Instant created) {
        String sid = String.format("SK%032x", ++seq);
        ApiKey k = new ApiKey(account, sid, name, created, created, KeyKind.STANDARD, List.of());
        keys.put(sid, k);
        secrets.put(sid, "secret-" + sid);
        return k;
    }

    @Override
    public void list(String accountSid, java.util.function.Consumer<List<ApiKey>> onPage) {
        if (listFails) {
            throw new IllegalStateException("network down");
        }
        List<ApiKey> mine;
        synchronized (keys) {
            mine = keys.values().stream().filter(k -> k.accountSid().equals(accountSid)).toList();
        }
        for (int i = 0; i < mine.size(); i += 50) {
            onPage.accept(mine.subList(i, Math.min(mine.size(), i + 50)));
        }
    }

    @Override
    public ApiKey fetch(String accountSid, String keySid) {
        ApiKey k = keys.get(keySid);
        if (k == null || !k.accountSid().equals(accountSid)) {
            throw new KeyNotFoundException(keySid, null);
        }
        return k;
    }

    @Override
    public List<KeyEvent> history(String accountSid, String keySid) {
        return List.of(new KeyEvent(now, "twilio", "api-key.created", "US" + "0".repeat(32), ""));
    }

    @Override
    public List<String> permissions(String accountSid, String keySid) {
        return keys.get(keySid).permissions();
    }

    @Override
    public NewKey create(String accountSid, String friendlyName, List<String> permissions) {
        createCalls.incrementAndGet();
        if (failCreateAmbiguouslyWithoutCreating) {
            throw new CreationOutcomeUnknownException("connection reset", null);
        }
        ApiKey k = add(accountSid, friendlyName, now);
        standardOnly.add(k.sid()); // like Twilio: keys created through the API are never Main keys
        if (dropCreateResponse) {
            throw new CreationOutcomeUnknownException("connection reset after sending", null);
        }
        return new NewKey(k, ("secret-" + k.sid()).toCharArray());
    }

    @Override
    public ApiKey rename(String accountSid, String keySid, String friendlyName) {
        ApiKey k = keys.get(keySid).withName(friendlyName);
        keys.put(keySid, k);
        return k;
    }

    @Override
    public void delete(String accountSid, String keySid) {
        deleteCalls.incrementAndGet();
        duringDelete.run();
        if (keys.remove(keySid) == null) {
            throw new KeyNotFoundException(keySid, null);
        }
    }

    @Override
    public void verify(String accountSid, String keySid, char[] secret, boolean mustManageKeys) {
        if (verifyFailure != null) {
            throw verifyFailure;
        }
        if (mustManageKeys && standardOnly.contains(keySid)) {
            throw new IllegalStateException("20003 Permission denied: a Standard key cannot list keys");
        }
        if (!new String(secret).equals(secrets.get(keySid))) {
            throw new IllegalStateException("20003 Authentication Error");
        }
        verified.add(keySid);
    }
}
