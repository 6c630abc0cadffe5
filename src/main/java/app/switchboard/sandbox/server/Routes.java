package app.switchboard.sandbox.server;

import static app.switchboard.sandbox.server.Router.Guard.ACCOUNTS_AND_KEYS;
import static app.switchboard.sandbox.server.Router.Guard.ANY_CREDENTIAL;
import static app.switchboard.sandbox.server.Router.Guard.PUBLIC;
import static app.switchboard.sandbox.server.Router.SID;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import app.switchboard.sandbox.world.AccountRecord;
import app.switchboard.sandbox.world.AlertRecord;
import app.switchboard.sandbox.world.EventRecord;
import app.switchboard.sandbox.world.KeyRecord;
import app.switchboard.sandbox.world.Resource;
import app.switchboard.sandbox.world.ResourceKind;
import app.switchboard.sandbox.world.SandboxWorld;

/** Every endpoint the sandbox serves, v2010, IAM, Monitor, Event Streams and the status page, on one router. */
final class Routes {
    private static final String ACC = "/2010-04-01/Accounts/" + SID;
    private static final Set<String> STATUSES = Set.of("active", "suspended", "closed");
    private static final Set<String> LOG_LEVELS = Set.of("error", "warning", "notice", "debug");

    private final SandboxWorld world;

    Routes(SandboxWorld world) {
        this.world = world;
    }

    Router router() {
        Router r = new Router();
        r.add("GET", "/2010-04-01/Accounts\\.json", ACCOUNTS_AND_KEYS, this::listAccounts);
        r.addCreate("/2010-04-01/Accounts\\.json", ACCOUNTS_AND_KEYS, this::createAccount);
        r.add("GET", ACC + "\\.json", ACCOUNTS_AND_KEYS, c -> Reply.ok(Renderer.account(account(c))));
        r.add("POST", ACC + "\\.json", ACCOUNTS_AND_KEYS, this::updateAccount);

        v2010Keys(r, "/Keys", "keys", false);
        v2010Keys(r, "/SigningKeys", "signing_keys", true);

        v2010Resources(r, "/IncomingPhoneNumbers", "incoming_phone_numbers", ResourceKind.PHONE_NUMBER);
        v2010Resources(r, "/Applications", "applications", ResourceKind.APPLICATION);
        v2010Resources(r, "/SIP/Domains", "domains", ResourceKind.SIP_DOMAIN);
        v2010Resources(r, "/SMS/ShortCodes", "short_codes", ResourceKind.SHORT_CODE);

        r.add("GET", "/v1/Keys", ACCOUNTS_AND_KEYS, this::listIamKeys);
        r.addCreate("/v1/Keys", ACCOUNTS_AND_KEYS, this::createIamKey);
        r.add("GET", "/v1/Keys/" + SID, ACCOUNTS_AND_KEYS, c -> Reply.ok(Renderer.iamKey(iamKey(c))));
        r.add("POST", "/v1/Keys/" + SID, ACCOUNTS_AND_KEYS, this::updateIamKey);
        r.add("DELETE", "/v1/Keys/" + SID, ACCOUNTS_AND_KEYS, c -> delete(iamKey(c), c));

        r.add("GET", "/v1/Alerts", ANY_CREDENTIAL, this::listAlerts);
        r.add("GET", "/v1/Alerts/" + SID, ANY_CREDENTIAL, c -> Reply.ok(Renderer.alertInstance(
                world.alert(c.group(1)).filter(a -> a.accountSid().equals(c.principal.accountSid()))
                        .orElseThrow(() -> ApiException.notFound(c.path)), c.baseUrl)));
        r.add("GET", "/v1/Events", ANY_CREDENTIAL, this::listEvents);
        r.add("GET", "/v1/Events/" + SID, ANY_CREDENTIAL, c -> Reply.ok(Renderer.event(
                world.event(c.group(1)).filter(e -> e.accountSid().equals(c.principal.accountSid()))
                        .orElseThrow(() -> ApiException.notFound(c.path)), c.baseUrl)));
        r.add("GET", "/v1/Sinks", ANY_CREDENTIAL, this::listSinks);
        r.add("GET", "/v1/Sinks/" + SID, ANY_CREDENTIAL, c -> Reply.ok(Renderer.sink(
                world.resource(ResourceKind.SINK, c.group(1)).filter(s -> s.accountSid().equals(c.principal.accountSid()))
                        .orElseThrow(() -> ApiException.notFound(c.path)), c.baseUrl)));

        // status.twilio.com's Statuspage API, served on the same host so the demo has a page to read.
        r.add("GET", "/api/v2/status\\.json", PUBLIC, c -> Reply.ok(Renderer.statusPage(world.statusPage().state(),
                c.baseUrl)));
        return r;
    }

    // ---- accounts ----

    /**
     * The account in the path, if the caller may act on it: its own credentials, or its parent's (Twilio lets
     * parent credentials reach a subaccount's v2010 resources).
     */
    private AccountRecord account(Call c) {
        AccountRecord account = world.account(c.group(1)).orElseThrow(() -> ApiException.notFound(c.path));
        String caller = c.principal.accountSid();
        if (!account.sid.equals(caller) && !account.ownerSid.equals(caller)) {
            throw ApiException.permissionDenied();
        }
        return account;
    }

    private Reply listAccounts(Call c) {
        String name = c.query.get("FriendlyName");
        String status = c.query.get("Status");
        if (status != null && !STATUSES.contains(status)) {
            throw ApiException.badRequest(20001, "Status must be one of active, suspended, closed");
        }
        List<AccountRecord> accounts = world.accountsVisibleTo(c.principal.accountSid());
        accounts.removeIf(a -> (name != null && !name.equals(a.friendlyName()))
                || (status != null && !status.equals(a.status())));
        return Reply.ok(new Paging(c, Paging.filters(c, "FriendlyName", "Status"))
                .v2010("accounts", accounts, Renderer::account));
    }

    private Reply createAccount(Call c) {
        AccountRecord caller = world.account(c.principal.accountSid()).orElseThrow();
        if (caller.isSubaccount()) {
            throw ApiException.permissionDenied();
        }
        String name = Validation.friendlyName(c.param("FriendlyName"));
        if (name == null) {
            name = "SubAccount Created at " + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd hh:mm a",
                    java.util.Locale.US).format(world.clock().instant().atZone(ZoneOffset.UTC));
        }
        return Reply.created(Renderer.account(world.createSubaccount(caller.sid, name)));
    }

    private Reply updateAccount(Call c) {
        AccountRecord account = account(c);
        String status = c.param("Status");
        if (status != null && !STATUSES.contains(status)) {
            throw ApiException.badRequest(20001, "Status must be one of active, suspended, closed");
        }
        if ("closed".equals(account.status()) && status != null) {
            throw ApiException.badRequest(20001, "A closed account cannot be reopened");
        }
        return Reply.ok(Renderer.account(world.updateAccount(account,
                Validation.friendlyName(c.param("FriendlyName")), status)));
    }

    // ---- keys ----

    /** API keys and signing keys share one shape and life cycle on v2010; only the list and SID pool differ. */
    private void v2010Keys(Router r, String collection, String listKey, boolean signing) {
        String list = ACC + collection + "\\.json";
        String one = ACC + collection + "/" + SID + "\\.json";
        KeyRecord.Type createdType = signing ? KeyRecord.Type.SIGNING : KeyRecord.Type.STANDARD;
        r.add("GET", list, ACCOUNTS_AND_KEYS, c -> Reply.ok(new Paging(c, Map.of()).v2010(listKey,
                signing ? world.signingKeys(account(c).sid) : world.apiKeys(account(c).sid), Renderer::key)));
        r.addCreate(list, ACCOUNTS_AND_KEYS, c -> Reply.created(Renderer.newKey(world.createKey(account(c).sid,
                createdType, Validation.friendlyName(c.param("FriendlyName")), null, c.principal.accountSid()))));
        r.add("GET", one, ACCOUNTS_AND_KEYS, c -> Reply.ok(Renderer.key(v2010Key(c, signing))));
        r.add("POST", one, ACCOUNTS_AND_KEYS, c -> Reply.ok(Renderer.key(world.updateKey(v2010Key(c, signing),
                Validation.friendlyName(c.param("FriendlyName")), null, c.principal.accountSid()))));
        r.add("DELETE", one, ACCOUNTS_AND_KEYS, c -> delete(v2010Key(c, signing), c));
    }

    private KeyRecord v2010Key(Call c, boolean signing) {
        AccountRecord account = account(c);
        return world.key(c.group(2))
                .filter(k -> k.accountSid.equals(account.sid) && (k.type == KeyRecord.Type.SIGNING) == signing)
                .orElseThrow(() -> ApiException.notFound(c.path));
    }

    private Reply delete(KeyRecord key, Call c) {
        world.deleteKey(key.sid, c.principal.accountSid());
        return Reply.deleted();
    }

    /** IAM keys are reachable by the caller's own account and its subaccounts. */
    private boolean callerMayReach(Call c, String accountSid) {
        return world.account(accountSid)
                .map(a -> a.sid.equals(c.principal.accountSid()) || a.ownerSid.equals(c.principal.accountSid()))
                .orElse(false);
    }

    private KeyRecord iamKey(Call c) {
        return world.key(c.group(1))
                .filter(k -> k.type != KeyRecord.Type.SIGNING && callerMayReach(c, k.accountSid))
                .orElseThrow(() -> ApiException.notFound(c.path));
    }

    private String requiredAccountSid(Call c, String where) {
        String accountSid = c.param("AccountSid");
        if (accountSid == null || accountSid.isBlank()) {
            throw ApiException.badRequest(20001, "Missing required parameter AccountSid in the " + where);
        }
        if (!callerMayReach(c, accountSid)) {
            throw ApiException.permissionDenied();
        }
        return accountSid;
    }

    private Reply listIamKeys(Call c) {
        String accountSid = requiredAccountSid(c, "query string");
        return Reply.ok(new Paging(c, Paging.filters(c, "AccountSid"))
                .v1("keys", world.apiKeys(accountSid), Renderer::iamListedKey));
    }

    private Reply createIamKey(Call c) {
        String accountSid = requiredAccountSid(c, "post body");
        String keyType = c.param("KeyType");
        String policy = c.param("Policy");
        if (keyType != null && !keyType.equals("restricted")) {
            throw ApiException.badRequest(20001, "KeyType must be 'restricted' when given, got '" + keyType + "'");
        }
        if (keyType != null && policy == null) {
            throw ApiException.badRequest(20001, "Missing required parameter Policy for a restricted key");
        }
        if (keyType == null && policy != null) {
            throw ApiException.badRequest(20001, "Policy is only allowed with KeyType=restricted");
        }
        String checkedPolicy = policy == null ? null : Validation.policy(policy);
        KeyRecord key = world.createKey(accountSid, keyType == null ? KeyRecord.Type.STANDARD : KeyRecord.Type.RESTRICTED,
                Validation.friendlyName(c.param("FriendlyName")), checkedPolicy, c.principal.accountSid());
        return Reply.created(Renderer.iamNewKey(key));
    }

    private Reply updateIamKey(Call c) {
        KeyRecord key = iamKey(c);
        String policy = c.param("Policy");
        if (policy != null && key.type != KeyRecord.Type.RESTRICTED) {
            throw ApiException.badRequest(20001, "Policy can only be set on a restricted key");
        }
        return Reply.ok(Renderer.iamKey(world.updateKey(key, Validation.friendlyName(c.param("FriendlyName")),
                policy == null ? null : Validation.policy(policy), c.principal.accountSid())));
    }

    // ---- read-only resources ----

    private void v2010Resources(Router r, String collection, String listKey, ResourceKind kind) {
        String regex = ACC + collection;
        r.add("GET", regex + "\\.json", ANY_CREDENTIAL, c -> {
            List<Resource> all = world.resources(kind, account(c).sid);
            String name = c.query.get("FriendlyName");
            all.removeIf(res -> name != null && !name.equals(res.fields().string("friendly_name")));
            return Reply.ok(new Paging(c, Paging.filters(c, "FriendlyName"))
                    .v2010(listKey, all, res -> Renderer.v2010Resource(res, collection)));
        });
        r.add("GET", regex + "/" + SID + "\\.json", ANY_CREDENTIAL, c -> {
            AccountRecord account = account(c);
            Resource res = world.resource(kind, c.group(2)).filter(x -> x.accountSid().equals(account.sid))
                    .orElseThrow(() -> ApiException.notFound(c.path));
            return Reply.ok(Renderer.v2010Resource(res, collection));
        });
    }

    private Reply listSinks(Call c) {
        String status = c.query.get("Status");
        String inUse = c.query.get("InUse");
        List<Resource> sinks = world.resources(ResourceKind.SINK, c.principal.accountSid());
        // The seeded world has subscriptions on exactly its active sinks.
        sinks.removeIf(s -> (status != null && !status.equals(s.fields().string("status")))
                || (inUse != null && Boolean.parseBoolean(inUse) != "active".equals(s.fields().string("status"))));
        return Reply.ok(new Paging(c, Paging.filters(c, "InUse", "Status"))
                .v1("sinks", sinks, s -> Renderer.sink(s, c.baseUrl)));
    }

    // ---- monitor ----

    private Reply listAlerts(Call c) {
        String level = c.query.get("LogLevel");
        if (level != null && !LOG_LEVELS.contains(level)) {
            throw ApiException.badRequest(20001, "LogLevel must be one of error, warning, notice, debug");
        }
        Instant start = date(c, "StartDate", false);
        Instant end = date(c, "EndDate", true);
        Predicate<AlertRecord> filter = a -> (level == null || level.equals(a.logLevel()))
                && (start == null || !a.dateCreated().isBefore(start)) && (end == null || a.dateCreated().isBefore(end));
        return Reply.ok(new Paging(c, Paging.filters(c, "LogLevel", "StartDate", "EndDate"))
                .v1("alerts", world.alerts(c.principal.accountSid(), filter), a -> Renderer.alert(a, c.baseUrl)));
    }

    private Reply listEvents(Call c) {
        Instant start = date(c, "StartDate", false);
        Instant end = date(c, "EndDate", true);
        Map<String, String> filters = Paging.filters(c, "ActorSid", "EventType", "ResourceSid", "SourceIpAddress",
                "StartDate", "EndDate");
        Predicate<EventRecord> filter = e -> matches(filters.get("ActorSid"), e.actorSid())
                && matches(filters.get("EventType"), e.eventType()) && matches(filters.get("ResourceSid"), e.resourceSid())
                && matches(filters.get("SourceIpAddress"), e.sourceIpAddress())
                && (start == null || !e.eventDate().isBefore(start)) && (end == null || e.eventDate().isBefore(end));
        return Reply.ok(new Paging(c, filters)
                .v1("events", world.events(c.principal.accountSid(), filter), e -> Renderer.event(e, c.baseUrl)));
    }

    private static boolean matches(String wanted, String actual) {
        return wanted == null || wanted.equals(actual);
    }

    /** Monitor dates: {@code YYYY-MM-DD} (a whole day; as an end date, inclusive) or ISO 8601 with time. */
    private static Instant date(Call c, String name, boolean end) {
        String value = c.query.get(name);
        if (value == null) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException ex) {
            throw ApiException.badRequest(20001, name + " must be YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ, got '" + value + "'");
        }
    }
}
