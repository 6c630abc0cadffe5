package app.switchboard.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.demo.EmbeddedDemo;
import app.switchboard.sandbox.DemoAccount;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxOptions;
import app.switchboard.twilio.AccountClient;
import app.switchboard.twilio.Credentials;
import app.switchboard.twilio.Secret;
import app.switchboard.twilio.TwilioClient;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The inventory read from the sandbox's seeded world through the real client. */
class TwilioInventorySourceTest {

    private static Sandbox sandbox;
    private static TwilioClient twilio;
    private static AccountClient client;
    private static DemoAccount demo;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(SandboxOptions.forTests());
        demo = sandbox.demoAccount();
        twilio = TwilioClient.create();
        client = twilio.account(Credentials.apiKey(demo.accountSid(), demo.apiKeySid(), Secret.of(demo.apiKeySecret())),
                EmbeddedDemo.hostsFor(sandbox.baseUrl()));
    }

    @AfterAll
    static void stop() {
        twilio.close();
        sandbox.close();
    }

    @Test
    void allAccountsAreTheMainOneAndEveryOpenSubaccount() {
        List<InventorySource.Account> accounts = new TwilioInventorySource(client, true).accounts();
        assertThat(accounts.get(0).sid()).isEqualTo(demo.accountSid());
        assertThat(accounts.get(0).parentSid()).isNull();
        assertThat(accounts).extracting(InventorySource.Account::name)
                .contains("Production EU", "Legacy IVR").doesNotContain("Pilot 2023 (closed)");
        assertThat(accounts.subList(1, accounts.size())).allMatch(a -> demo.accountSid().equals(a.parentSid()));
    }

    @Test
    void withoutSubaccountsOnlyTheClientsAccount() {
        assertThat(new TwilioInventorySource(client, false).accounts()).extracting(InventorySource.Account::sid)
                .containsExactly(demo.accountSid());
    }

    @Test
    void everyKindOfResourceWithOverridesAppliedOnce() {
        TwilioInventorySource source = new TwilioInventorySource(client, true);
        source.accounts();
        List<ConfiguredWebhook> rows = source.webhooks(demo.accountSid());
        assertThat(rows).extracting(ConfiguredWebhook::resourceType).contains(ResourceType.values());
        assertThat(rows).allMatch(r -> r.accountSid().equals(demo.accountSid()) && !r.accountName().equals(r.accountSid()));

        Map<String, ConfiguredWebhook> appRouted = rows.stream().filter(r -> r.resourceName().contains("App routed"))
                .collect(Collectors.toMap(ConfiguredWebhook::field, r -> r));
        assertThat(appRouted.get("voice_url").overriddenBy()).startsWith("AP");
        assertThat(appRouted.get("sms_url").overriddenBy()).startsWith("AP")
                .isNotEqualTo(appRouted.get("voice_url").overriddenBy());
        assertThat(rows.stream().filter(r -> r.resourceName().contains("SIP trunk")))
                .allMatch(r -> r.overriddenBy().startsWith("TK"));
        assertThat(rows.stream().filter(r -> r.resourceName().contains("Main IVR"))).allMatch(ConfiguredWebhook::effective);

        // Only webhook sinks, with their destination and method; the Kinesis sink has no URL to audit.
        List<ConfiguredWebhook> sinks = rows.stream().filter(r -> r.resourceType() == ResourceType.SINK).toList();
        assertThat(sinks).hasSize(2).allMatch(s -> s.field().equals("destination") && "POST".equals(s.method()));
        // "" and null are both unset: the unconfigured number has no row.
        assertThat(rows).noneMatch(r -> r.resourceName().contains("Unconfigured"));
        // Credentials in URLs never leave the inventory.
        assertThat(rows).noneMatch(r -> r.url().contains("s3cr3t-demo"));
        assertThat(rows).anyMatch(r -> r.parsedUrl().hasCredentials());
    }

    @Test
    void subaccountsAreReadWithTheParentsCredentials() {
        TwilioInventorySource source = new TwilioInventorySource(client, true);
        InventorySource.Account sub = source.accounts().stream().filter(a -> a.name().equals("Staging")).findFirst().orElseThrow();
        List<ConfiguredWebhook> rows = source.webhooks(sub.sid());
        assertThat(rows).isNotEmpty().allMatch(r -> r.accountSid().equals(sub.sid()) && r.accountName().equals("Staging"));
        assertThat(rows).noneMatch(r -> r.resourceType() == ResourceType.SINK); // Event Streams answers for the parent only
    }

    @Test
    void theReportSaysThatSubaccountSinksAreNotListed() throws Exception {
        TwilioInventorySource all = new TwilioInventorySource(client, true);
        List<InventorySource.Account> accounts = all.accounts();
        String main = accounts.get(0).name();
        assertThat(all.notes(accounts)).hasSize(1);
        assertThat(all.notes(accounts).get(0)).startsWith("Event Streams sinks are listed for " + main + " only")
                .contains("each of the " + (accounts.size() - 1) + " subaccounts");
        TwilioInventorySource own = new TwilioInventorySource(client, false);
        assertThat(own.notes(own.accounts())).isEmpty();

        try (WebhookAudit audit = new WebhookAudit(new app.switchboard.webhooks.tls.TlsProbe(
                app.switchboard.webhooks.tls.TrustAnchors.jdkDefault(),
                app.switchboard.webhooks.tls.ProbeOptions.uniform(java.time.Duration.ofSeconds(2)), java.time.Clock.systemUTC()),
                4, ProbeCache.inMemory(), null, java.time.Clock.systemUTC())) {
            assertThat(audit.fromCache(all).notes()).isEqualTo(all.notes(accounts));
        }
    }

    @Test
    void aStandardKeyAuditsItsOwnAccountAndAFailingAccountFailsAlone() throws Exception {
        AccountClient standard = twilio.account(Credentials.apiKey(demo.accountSid(), demo.standardKeySid(),
                Secret.of(demo.standardKeySecret())), EmbeddedDemo.hostsFor(sandbox.baseUrl()));
        TwilioInventorySource source = new TwilioInventorySource(standard, true);
        assertThat(source.accounts()).extracting(InventorySource.Account::sid).containsExactly(demo.accountSid());

        InventorySource oneBroken = new InventorySource() {
            final TwilioInventorySource real = new TwilioInventorySource(client, true);

            @Override
            public List<Account> accounts() {
                List<Account> all = new java.util.ArrayList<>(real.accounts());
                all.add(new Account("AC" + "0".repeat(32), "Gone", demo.accountSid()));
                return all;
            }

            @Override
            public List<ConfiguredWebhook> webhooks(String accountSid) {
                return real.webhooks(accountSid);
            }
        };
        try (WebhookAudit audit = new WebhookAudit(new app.switchboard.webhooks.tls.TlsProbe(
                app.switchboard.webhooks.tls.TrustAnchors.jdkDefault(),
                app.switchboard.webhooks.tls.ProbeOptions.uniform(java.time.Duration.ofSeconds(2)), java.time.Clock.systemUTC()),
                4, ProbeCache.inMemory(), null, java.time.Clock.systemUTC())) {
            AuditReport report = audit.fromCache(oneBroken);
            AccountSummary gone = report.summaries().stream().filter(s -> s.accountName().equals("Gone")).findFirst().orElseThrow();
            assertThat(gone.error()).startsWith("Could not list phone numbers").contains("404");
            assertThat(report.summaries()).filteredOn(s -> !s.accountName().equals("Gone")).allMatch(s -> s.error() == null);
        }
    }
}
