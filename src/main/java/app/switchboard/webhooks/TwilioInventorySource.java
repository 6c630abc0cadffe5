package app.switchboard.webhooks;

import app.switchboard.twilio.AccountClient;
import app.switchboard.twilio.Application;
import app.switchboard.twilio.IncomingPhoneNumber;
import app.switchboard.twilio.ShortCode;
import app.switchboard.twilio.Sink;
import app.switchboard.twilio.SipDomain;
import app.switchboard.twilio.TwilioException;
import app.switchboard.webhooks.EffectiveWebhooks.NumberSettings;
import app.switchboard.webhooks.EffectiveWebhooks.UrlSetting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The webhook inventory read through the Twilio client (facts §4): per account its phone numbers (overrides
 * decided by {@link EffectiveWebhooks}), applications, SIP domains, short codes and Event Streams webhook sinks.
 *
 * <p>Accounts are the client's account, plus with {@code includeSubaccounts} every subaccount that is not
 * closed (Twilio stops calling a closed account's webhooks and deletes it after 30 days). Subaccounts are read
 * with the parent's credentials, which Twilio allows for v2010 resources. Event Streams is a product API that
 * answers for the credentials' own account only, so subaccount sinks are not listed (they need the subaccount's
 * own credentials); {@link #notes} says so in the report. A failing list fails that account only, with a message
 * naming the list.
 */
public final class TwilioInventorySource implements InventorySource {

    private final AccountClient client;
    private final boolean includeSubaccounts;
    /** Friendly names seen by {@link #accounts()}, so each row names its account. */
    private final Map<String, String> names = new ConcurrentHashMap<>();

    public TwilioInventorySource(AccountClient client, boolean includeSubaccounts) {
        this.client = client.withPageSize(1000); // an inventory reads every item: fewest requests
        this.includeSubaccounts = includeSubaccounts;
    }

    @Override
    public List<Account> accounts() {
        List<Account> accounts = listAccounts();
        accounts.forEach(a -> names.put(a.sid(), a.name()));
        return accounts;
    }

    private List<Account> listAccounts() {
        String own = client.accountSid();
        try {
            if (!includeSubaccounts) {
                app.switchboard.twilio.Account a = client.accounts().fetch(own);
                return List.of(new Account(own, nameOf(a), null));
            }
            List<Account> accounts = new ArrayList<>();
            accounts.add(new Account(own, own, null)); // named from the list below
            for (app.switchboard.twilio.Account a : client.accounts().list()) {
                if (a.sid().equals(own)) {
                    accounts.set(0, new Account(own, nameOf(a), null));
                } else if (!"closed".equalsIgnoreCase(a.status())) {
                    accounts.add(new Account(a.sid(), nameOf(a), own));
                }
            }
            return accounts;
        } catch (TwilioException e) {
            if (e.status() == 401 || e.status() == 403) {
                // A standard key may not read /Accounts (facts §16.1); its own account's webhooks are still readable.
                return List.of(new Account(own, own, null));
            }
            throw e;
        }
    }

    @Override
    public List<ConfiguredWebhook> webhooks(String accountSid) {
        AccountClient account = accountSid.equals(client.accountSid()) ? client : client.forSubaccount(accountSid);
        String name = names.getOrDefault(accountSid, accountSid);
        List<ConfiguredWebhook> rows = new ArrayList<>();
        for (IncomingPhoneNumber n : read("phone numbers", () -> account.incomingPhoneNumbers().list().toList())) {
            Map<String, UrlSetting> urls = new LinkedHashMap<>();
            urls.put("voice_url", new UrlSetting(n.voiceUrl(), n.voiceMethod()));
            urls.put("voice_fallback_url", new UrlSetting(n.voiceFallbackUrl(), n.voiceFallbackMethod()));
            urls.put("sms_url", new UrlSetting(n.smsUrl(), n.smsMethod()));
            urls.put("sms_fallback_url", new UrlSetting(n.smsFallbackUrl(), n.smsFallbackMethod()));
            urls.put("status_callback", new UrlSetting(n.statusCallback(), n.statusCallbackMethod()));
            rows.addAll(EffectiveWebhooks.forNumber(accountSid, name, new NumberSettings(n.sid(),
                    label(n.phoneNumber(), n.friendlyName()), urls, n.voiceApplicationSid(), n.trunkSid(),
                    n.smsApplicationSid())));
        }
        for (Application a : read("applications", () -> account.applications().list().toList())) {
            Map<String, UrlSetting> urls = new LinkedHashMap<>();
            urls.put("voice_url", new UrlSetting(a.voiceUrl(), a.voiceMethod()));
            urls.put("voice_fallback_url", new UrlSetting(a.voiceFallbackUrl(), a.voiceFallbackMethod()));
            urls.put("status_callback", new UrlSetting(a.statusCallback(), a.statusCallbackMethod()));
            urls.put("sms_url", new UrlSetting(a.smsUrl(), a.smsMethod()));
            urls.put("sms_fallback_url", new UrlSetting(a.smsFallbackUrl(), a.smsFallbackMethod()));
            // Twilio always POSTs these two (facts §4.2).
            urls.put("sms_status_callback", new UrlSetting(a.smsStatusCallback(), "POST"));
            urls.put("message_status_callback", new UrlSetting(a.messageStatusCallback(), "POST"));
            rows.addAll(EffectiveWebhooks.forResource(accountSid, name, ResourceType.APPLICATION, a.sid(),
                    label(a.friendlyName(), null), urls));
        }
        for (SipDomain d : read("SIP domains", () -> account.sipDomains().list().toList())) {
            Map<String, UrlSetting> urls = new LinkedHashMap<>();
            urls.put("voice_url", new UrlSetting(d.voiceUrl(), d.voiceMethod()));
            urls.put("voice_fallback_url", new UrlSetting(d.voiceFallbackUrl(), d.voiceFallbackMethod()));
            urls.put("voice_status_callback_url", new UrlSetting(d.voiceStatusCallbackUrl(), d.voiceStatusCallbackMethod()));
            rows.addAll(EffectiveWebhooks.forResource(accountSid, name, ResourceType.SIP_DOMAIN, d.sid(),
                    label(d.domainName(), d.friendlyName()), urls));
        }
        for (ShortCode s : read("short codes", () -> account.shortCodes().list().toList())) {
            Map<String, UrlSetting> urls = new LinkedHashMap<>();
            urls.put("sms_url", new UrlSetting(s.smsUrl(), s.smsMethod()));
            urls.put("sms_fallback_url", new UrlSetting(s.smsFallbackUrl(), s.smsFallbackMethod()));
            rows.addAll(EffectiveWebhooks.forResource(accountSid, name, ResourceType.SHORT_CODE, s.sid(),
                    label(s.shortCode(), s.friendlyName()), urls));
        }
        if (accountSid.equals(client.credentials().accountSid())) {
            for (Sink s : read("Event Streams sinks", () -> account.sinks().list().toList())) {
                if ("webhook".equalsIgnoreCase(s.sinkType())) {
                    rows.addAll(EffectiveWebhooks.forResource(accountSid, name, ResourceType.SINK, s.sid(),
                            label(s.description(), null), Map.of("destination", new UrlSetting(s.destination(), s.method()))));
                }
            }
        }
        return rows;
    }

    /**
     * Event Streams answers for the credentials' own account only, so with subaccounts in the audit their sinks
     * are missing from it; the user is told rather than shown an inventory that looks complete.
     */
    @Override
    public List<String> notes(List<Account> accounts) {
        String own = client.credentials().accountSid();
        long others = accounts.stream().filter(a -> !a.sid().equals(own)).count();
        if (others == 0) {
            return List.of();
        }
        String ownName = names.getOrDefault(own, own);
        return List.of(String.format(Locale.ROOT, "Event Streams sinks are listed for %s only: Event Streams answers "
                + "for the signed-in account, so %s needs a profile with its own credentials to have its sinks audited.",
                ownName, others == 1 ? "the subaccount" : "each of the " + others + " subaccounts"));
    }

    private static String nameOf(app.switchboard.twilio.Account a) {
        return a.friendlyName() == null || a.friendlyName().isBlank() ? a.sid() : a.friendlyName();
    }

    private static String label(String primary, String secondary) {
        if (primary == null || primary.isBlank()) {
            return secondary == null ? "" : secondary;
        }
        return secondary == null || secondary.isBlank() || secondary.equals(primary) ? primary : primary + " (" + secondary + ")";
    }

    /** Runs one list; a Twilio failure names the list, so the account's error says what could not be read. */
    private static <T> List<T> read(String what, Supplier<List<T>> list) {
        try {
            return list.get();
        } catch (TwilioException e) {
            throw new InventoryException("Could not list " + what + ": " + e.getMessage(), e);
        }
    }

    /** One list of one account could not be read. */
    public static final class InventoryException extends RuntimeException {
        InventoryException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
