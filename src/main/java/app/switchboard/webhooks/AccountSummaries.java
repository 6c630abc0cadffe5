package app.switchboard.webhooks;

import app.switchboard.webhooks.tls.ProbeStatus;
import app.switchboard.webhooks.tls.TlsProbeResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the per-account rows of the security matrix from audited webhooks. */
public final class AccountSummaries {

    private static final int EXPIRY_WARNING_DAYS = 30;
    private static final Set<ProbeStatus> UNREACHABLE = EnumSet.of(ProbeStatus.DNS_FAILURE, ProbeStatus.REFUSED,
            ProbeStatus.CONNECT_TIMEOUT);
    private static final Set<ProbeStatus> TLS_BROKEN = EnumSet.of(ProbeStatus.TLS_INVALID_CERTIFICATE,
            ProbeStatus.HANDSHAKE_FAILED, ProbeStatus.HANDSHAKE_TIMEOUT);

    private AccountSummaries() {
    }

    /**
     * @param errors       why an account's inventory could not be read, by Account SID
     * @param attestations the attested SSL-validation setting, by Account SID
     */
    public static List<AccountSummary> of(List<InventorySource.Account> accounts, List<AuditedWebhook> audited,
                                          Map<String, String> errors, Function<String, Attestation> attestations,
                                          Instant now) {
        List<AccountSummary> summaries = new ArrayList<>();
        for (InventorySource.Account account : accounts) {
            summaries.add(summarise(account, audited, errors.get(account.sid()), attestations.apply(account.sid()), now));
        }
        return summaries;
    }

    private static AccountSummary summarise(InventorySource.Account account, List<AuditedWebhook> all, String error,
                                            Attestation attestation, Instant now) {
        List<AuditedWebhook> mine = all.stream()
                .filter(a -> a.webhook().accountSid().equals(account.sid()) && a.webhook().effective())
                .collect(Collectors.toList());
        Set<TlsProbeResult> endpoints = mine.stream().map(AuditedWebhook::tls).filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        int failing = (int) endpoints.stream().filter(t -> t.tls() && TLS_BROKEN.contains(t.status())).count();
        int expiring = (int) endpoints.stream().filter(t -> !t.certificateFailing()
                && t.daysUntilExpiry(now).map(d -> d >= 0 && d <= EXPIRY_WARNING_DAYS).orElse(false)).count();
        int unreachable = (int) endpoints.stream().filter(t -> UNREACHABLE.contains(t.status())).count();
        int http = (int) mine.stream().filter(a -> a.url().scheme().equals("http")).count();
        int credentials = (int) mine.stream().filter(a -> a.url().hasCredentials()).count();
        Severity worst = mine.stream().map(AuditedWebhook::worst).filter(Optional::isPresent).map(Optional::get)
                .min(Enum::compareTo).orElse(null);
        return new AccountSummary(account.sid(), account.name(), account.parentSid(), mine.size(), http, credentials,
                failing, expiring, unreachable, worst, attestation == null ? Attestation.UNKNOWN : attestation, error);
    }
}
