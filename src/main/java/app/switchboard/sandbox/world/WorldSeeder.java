package app.switchboard.sandbox.world;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Builds the demo world from a seed: the same seed and clock give the same accounts, keys, webhooks, alerts and
 * events. Webhook URLs point at the local targets so the TLS audit probes real servers.
 */
public final class WorldSeeder {

    /** What the seeder hands back: the accounts and keys the demo credentials are made of. */
    public record Seeded(AccountRecord main, KeyRecord mainKey, KeyRecord standardKey, List<AccountRecord> subaccounts) {
    }

    private record KeySpec(String name, KeyRecord.Type type, int ageDays, String policy) {
    }

    private static final String POLICY_MESSAGING =
            "{\"allow\":[\"/twilio/messaging/messages/read\",\"/twilio/messaging/messages/create\"]}";
    private static final String POLICY_MONITOR =
            "{\"allow\":[\"/twilio/monitor/alerts/read\",\"/twilio/monitor/events/read\"]}";
    private static final String POLICY_VOICE = "{\"allow\":[\"/twilio/voice/calls/read\"]}";

    private static final List<KeySpec> MAIN_KEYS = List.of(
            new KeySpec("Console main key", KeyRecord.Type.MAIN, 1100, null),
            new KeySpec("Segment integration", KeyRecord.Type.STANDARD, 720, null),
            new KeySpec("billing-service", KeyRecord.Type.STANDARD, 820, null),
            new KeySpec("zapier-integration", KeyRecord.Type.STANDARD, 610, null),
            new KeySpec("", KeyRecord.Type.STANDARD, 505, null),
            new KeySpec("ops laptop (old)", KeyRecord.Type.STANDARD, 455, null),
            new KeySpec("mobile-backend", KeyRecord.Type.STANDARD, 390, null),
            new KeySpec("twilio-cli on jdoe-mbp", KeyRecord.Type.STANDARD, 300, null),
            new KeySpec("rotation 2026-Q2", KeyRecord.Type.STANDARD, 150, null),
            new KeySpec("PagerDuty", KeyRecord.Type.STANDARD, 160, null),
            new KeySpec("analytics-readonly", KeyRecord.Type.RESTRICTED, 120, POLICY_MONITOR),
            new KeySpec("sms-sender", KeyRecord.Type.RESTRICTED, 75, POLICY_MESSAGING),
            new KeySpec("call-log export", KeyRecord.Type.RESTRICTED, 45, POLICY_VOICE),
            new KeySpec("webhook-validator", KeyRecord.Type.STANDARD, 60, null),
            new KeySpec("staging-deploy", KeyRecord.Type.STANDARD, 33, null),
            new KeySpec("ci-runner", KeyRecord.Type.STANDARD, 14, null),
            new KeySpec("temp debugging - delete me", KeyRecord.Type.STANDARD, 2, null));

    private static final String[] SUB_KEY_NAMES = {"app server", "cron jobs", "legacy integration", "reporting",
        "contractor access", "backup sender", "on-call tooling"};

    private final SandboxWorld world;
    private final Random random;
    private final Instant now;
    private final WebhookEndpoints endpoints;

    public WorldSeeder(SandboxWorld world, long seed, WebhookEndpoints endpoints) {
        this.world = world;
        this.random = new Random(seed);
        this.now = world.now();
        this.endpoints = endpoints;
    }

    public Seeded seed(int extraKeys) {
        AccountRecord main = account(null, "Acme Corp (demo)", "active", 1400);
        KeyRecord mainKey = key(main, "Switchboard demo (main)", KeyRecord.Type.MAIN, 200, null);
        KeyRecord standardKey = key(main, "ci-standard", KeyRecord.Type.STANDARD, 10, null);
        for (KeySpec spec : MAIN_KEYS) {
            key(main, spec.name, spec.type, spec.ageDays, spec.policy);
        }
        key(main, "Webhook signing (legacy)", KeyRecord.Type.SIGNING, 900, null);
        key(main, "Signing key 2026", KeyRecord.Type.SIGNING, 90, null);
        for (int i = 1; i <= extraKeys; i++) {
            world.addKey(new KeyRecord(Sids.sid("SK", random), main.sid, KeyRecord.Type.STANDARD,
                    String.format("bulk key %05d", i), Sids.secret(random), null, now.minusSeconds(i)));
        }

        List<AccountRecord> subs = new ArrayList<>();
        String[][] subSpecs = {{"Production EU", "active"}, {"Staging", "active"}, {"Marketing SMS", "active"},
            {"Legacy IVR", "suspended"}, {"Support Desk", "active"}, {"Pilot 2023 (closed)", "closed"}};
        for (String[] spec : subSpecs) {
            AccountRecord sub = account(main.sid, spec[0], spec[1], 100 + random.nextInt(900));
            subs.add(sub);
            int count = spec[1].equals("closed") ? 1 : 3 + random.nextInt(5);
            for (int i = 0; i < count; i++) {
                KeyRecord.Type type = i == 0 ? KeyRecord.Type.MAIN
                        : random.nextInt(5) == 0 ? KeyRecord.Type.RESTRICTED : KeyRecord.Type.STANDARD;
                key(sub, SUB_KEY_NAMES[(i + subs.size()) % SUB_KEY_NAMES.length], type, 1 + random.nextInt(800),
                        type == KeyRecord.Type.RESTRICTED ? POLICY_MESSAGING : null);
            }
            key(sub, "Signing key", KeyRecord.Type.SIGNING, 30 + random.nextInt(600), null);
        }

        new ResourceSeeder(world, random, now, endpoints).seed(main, subs);
        seedAlerts(main, subs);
        seedEvents(main, subs);
        return new Seeded(main, mainKey, standardKey, subs);
    }

    private AccountRecord account(String ownerSid, String name, String status, int ageDays) {
        String sid = Sids.sid("AC", random);
        AccountRecord account = new AccountRecord(sid, ownerSid == null ? sid : ownerSid, Sids.hex(random, 32), name,
                status, "Full", now.minus(Duration.ofDays(ageDays)).minusSeconds(random.nextInt(86_400)));
        world.addAccount(account);
        return account;
    }

    private KeyRecord key(AccountRecord account, String name, KeyRecord.Type type, int ageDays, String policy) {
        Instant created = now.minus(Duration.ofDays(ageDays)).minusSeconds(random.nextInt(86_400));
        KeyRecord key = new KeyRecord(Sids.sid("SK", random), account.sid, type, name, Sids.secret(random), policy,
                created);
        if (random.nextInt(4) == 0) {
            // Renamed or re-scoped later: date_updated differs from date_created.
            key.dateUpdated = created.plus(Duration.ofDays(random.nextInt(Math.max(1, ageDays))));
        }
        world.addKey(key);
        return key;
    }

    private void seedAlerts(AccountRecord main, List<AccountRecord> subs) {
        List<AlertRecord> alerts = new ArrayList<>();
        addAlerts(alerts, main, 900);
        for (AccountRecord sub : subs) {
            int count = sub.status.equals("closed") ? 0 : sub.status.equals("suspended") ? 25 : 90 + random.nextInt(80);
            addAlerts(alerts, sub, count);
        }
        alerts.sort(Comparator.comparing(AlertRecord::dateCreated));
        alerts.forEach(world::addAlert);
    }

    private void addAlerts(List<AlertRecord> out, AccountRecord account, int count) {
        AlertFactory factory = new AlertFactory(webhookUrlsOf(account.sid));
        long window = Duration.ofDays(30).toSeconds();
        for (int i = 0; i < count; i++) {
            // Busier during the day and in bursts: square the uniform draw so recent days carry more alerts.
            double u = random.nextDouble();
            Instant created = now.minusSeconds((long) (u * u * window) + 60);
            out.add(factory.create(random, account.sid, created));
        }
    }

    /** Every webhook URL configured on the account's numbers and applications (the failing URLs of alerts). */
    public List<String> webhookUrlsOf(String accountSid) {
        List<String> urls = new ArrayList<>();
        for (ResourceKind kind : List.of(ResourceKind.PHONE_NUMBER, ResourceKind.APPLICATION)) {
            for (Resource r : world.resources(kind, accountSid)) {
                for (String field : List.of("voice_url", "sms_url", "status_callback")) {
                    String url = r.fields().string(field);
                    if (url != null && !url.isEmpty()) {
                        urls.add(url);
                    }
                }
            }
        }
        if (urls.isEmpty()) {
            urls.add(endpoints.validHttps() + "/voice");
        }
        return urls;
    }

    private void seedEvents(AccountRecord main, List<AccountRecord> subs) {
        List<AccountRecord> all = new ArrayList<>(subs);
        all.add(0, main);
        String[][] kinds = {{"account.updated", "account", "Account updated"},
            {"phone-number.updated", "phone-number", "Phone number updated"},
            {"application.updated", "application", "Application updated"},
            {"api-key.created", "api-key", "API key created"},
            {"api-key.deleted", "api-key", "API key deleted"},
            {"user.login", "user", "User logged in"}};
        for (AccountRecord account : all) {
            int count = account == main ? 60 : 12;
            for (int i = 0; i < count; i++) {
                String[] kind = kinds[random.nextInt(kinds.length)];
                boolean console = random.nextInt(3) > 0;
                String resourceSid = kind[1].equals("account") ? account.sid
                        : Sids.sid(kind[1].equals("phone-number") ? "PN" : kind[1].equals("application") ? "AP"
                                : kind[1].equals("user") ? "US" : "SK", random);
                Map<String, Object> data = kind[0].endsWith(".updated")
                        ? JsonMap.of("friendly_name", JsonMap.of("previous", "old name", "updated", "new name"))
                        : JsonMap.of();
                world.addEvent(new EventRecord(Sids.sid("AE", random), account.sid,
                        console ? Sids.sid("US", random) : account.sid, console ? "user" : "account", kind[2], data,
                        now.minusSeconds(120 + random.nextInt(30 * 86_400)), kind[0], resourceSid, kind[1],
                        console ? "web" : "api", "203.0.113." + (1 + random.nextInt(250)), null));
            }
        }
    }
}
