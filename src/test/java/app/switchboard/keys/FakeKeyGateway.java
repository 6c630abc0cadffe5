package app.switchboard.keys;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** An in-memory Twilio for the key service, with switches for the failures the service must survive. */
class FakeKeyGateway implements KeyGateway {
    final Map<String, ApiKey> keys = Collections.synchronizedMap(new java.util.LinkedHashMap<>());
    final Map<String, String> secrets = new ConcurrentHashMap<>();
    final AtomicInteger createCalls = new AtomicInteger();
    final AtomicInteger deleteCalls = new AtomicInteger();
    final List<String> verified = Collections.synchronizedList(new ArrayList<>());
    Instant now = Instant.parse("2026-11-28T10:00:00Z");
    /** Create the key, then lose the answer. */
    boolean dropCreateResponse;
    /** Lose the answer before Twilio saw the request. */
    boolean failCreateAmbiguouslyWithoutCreating;
    /** Listing fails (network down). */
    boolean listFails;
    RuntimeException verifyFailure;
    private int seq;

    ApiKey add(String account, String name, Instant created) {
        String sid = String.format("SK%032x", ++seq);
        ApiKey k = new ApiKey(account, sid, name, created, created, KeyKind.STANDARD, List.of());
        keys.put(sid, k);
        return k;
    }

    @Override
    public List<ApiKey> list(String accountSid) {
        if (listFails) {
            throw new IllegalStateException("network down");
        }
        synchronized (keys) {
            return keys.values().stream().filter(k -> k.accountSid().equals(accountSid)).toList();
        }
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
        secrets.put(k.sid(), "secret-" + k.sid());
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
        if (keys.remove(keySid) == null) {
            throw new KeyNotFoundException(keySid, null);
        }
    }

    @Override
    public void verify(String accountSid, String keySid, char[] secret) {
        if (verifyFailure != null) {
            throw verifyFailure;
        }
        if (!new String(secret).equals(secrets.get(keySid))) {
            throw new IllegalStateException("20003 Authentication Error");
        }
        verified.add(keySid);
    }
}
