package app.switchboard.twilio;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;
import okhttp3.HttpUrl;

/**
 * The client bound to one account: credentials, hosts and the account the requests act for (which may
 * be a subaccount of the credentials' account, see {@link #forSubaccount}). Gives the resource APIs.
 * Immutable and thread-safe.
 */
public final class AccountClient {
    static final int DEFAULT_PAGE_SIZE = 100;
    static final int MAX_PAGE_SIZE = 1000;

    private final TwilioClient owner;
    private final Credentials credentials;
    private final Hosts hosts;
    private final String accountSid;
    private final int pageSize;

    AccountClient(TwilioClient owner, Credentials credentials, Hosts hosts, String accountSid, int pageSize) {
        this.owner = owner;
        this.credentials = credentials;
        this.hosts = hosts;
        this.accountSid = accountSid;
        this.pageSize = pageSize;
    }

    /** The account the v2010 paths and IAM AccountSid name (AC…). */
    public String accountSid() {
        return accountSid;
    }

    public Credentials credentials() {
        return credentials;
    }

    public Hosts hosts() {
        return hosts;
    }

    public int pageSize() {
        return pageSize;
    }

    /** Acts on a subaccount while authenticating with these (parent) credentials. */
    public AccountClient forSubaccount(String subaccountSid) {
        return new AccountClient(owner, credentials, hosts, Sids.require("AC", subaccountSid, "Subaccount SID"), pageSize);
    }

    /** Lists fetch {@code size} items per request (1..1000). */
    public AccountClient withPageSize(int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("Page size must be between 1 and 1000, got " + size + ".");
        }
        return new AccountClient(owner, credentials, hosts, accountSid, size);
    }

    public AccountsApi accounts() {
        return new AccountsApi(this);
    }

    public KeysApi keys() {
        return new KeysApi(this);
    }

    public SigningKeysApi signingKeys() {
        return new SigningKeysApi(this);
    }

    public IamKeysApi iamKeys() {
        return new IamKeysApi(this);
    }

    public IncomingPhoneNumbersApi incomingPhoneNumbers() {
        return new IncomingPhoneNumbersApi(this);
    }

    public ApplicationsApi applications() {
        return new ApplicationsApi(this);
    }

    public SipDomainsApi sipDomains() {
        return new SipDomainsApi(this);
    }

    public ShortCodesApi shortCodes() {
        return new ShortCodesApi(this);
    }

    public SinksApi sinks() {
        return new SinksApi(this);
    }

    public AlertsApi alerts() {
        return new AlertsApi(this);
    }

    public MonitorEventsApi monitorEvents() {
        return new MonitorEventsApi(this);
    }

    /** This account's adaptive concurrency limiter (shared by every client view of the account). */
    public AdaptiveLimiter limiter() {
        return owner.http().limiter(accountSid);
    }

    /**
     * Runs {@code operation} on every item, as many at once as the account's adaptive limiter allows,
     * and returns one outcome per item in input order. Do not start a bulk from inside a bulk operation.
     */
    public <T, R> List<BulkResult<T, R>> bulk(List<T> items, Function<T, R> operation) {
        AdaptiveLimiter limiter = limiter();
        ExecutorService pool = owner.bulkPool();
        List<Future<R>> futures = new ArrayList<>(items.size());
        for (T item : items) {
            futures.add(pool.submit(() -> limiter.run(() -> operation.apply(item))));
        }
        List<BulkResult<T, R>> results = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            results.add(BulkResult.await(items.get(i), futures.get(i)));
        }
        return results;
    }

    // ---- request helpers for the *Api classes ----

    String v2010Path(String tail) {
        return "2010-04-01/Accounts/" + accountSid + tail;
    }

    HttpUrl url(Product product, String path, Map<String, String> query) {
        HttpUrl.Builder b = hosts.baseUrl(product).newBuilder().addPathSegments(path);
        query.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                b.addQueryParameter(k, v);
            }
        });
        return b.build();
    }

    JsonObject get(HttpUrl url) {
        return parse(getResponse(url), "GET", url);
    }

    private TwilioResponse getResponse(HttpUrl url) {
        return owner.http().execute(new TwilioCall("GET", url, null, credentials, accountSid, false));
    }

    JsonObject post(HttpUrl url, Map<String, String> form, boolean create) {
        return parse(owner.http().execute(new TwilioCall("POST", url, form, credentials, accountSid, create)), "POST", url);
    }

    void delete(HttpUrl url) {
        owner.http().execute(new TwilioCall("DELETE", url, null, credentials, accountSid, false));
    }

    <T> Paged<T> list(Product product, String path, Map<String, String> query, String itemsKey, Class<T> type) {
        Map<String, String> q = new java.util.LinkedHashMap<>(query);
        q.put("PageSize", String.valueOf(pageSize));
        return new Paged<>(url(product, path, q), itemsKey, type, this::getResponse, link -> resolveNext(product, link));
    }

    /**
     * Where a next-page link leads. v2010 links are relative; v1 links are absolute. Both are sent to the
     * product's base URL (scheme, host, port and any path prefix), which keeps the sandbox, mock servers
     * and the chosen edge/region in use and never hands credentials to a host a response body named.
     */
    HttpUrl resolveNext(Product product, String link) {
        HttpUrl base = hosts.baseUrl(product);
        HttpUrl absolute = link.startsWith("/") ? base.resolve(link) : HttpUrl.parse(link);
        if (absolute == null) {
            throw new TwilioException(200, null, "Twilio sent an unreadable next-page link.", null, null, "GET", link, null);
        }
        String prefix = base.encodedPath().equals("/") ? "" : base.encodedPath().replaceAll("/$", "");
        String path = absolute.encodedPath().startsWith(prefix + "/") ? absolute.encodedPath() : prefix + absolute.encodedPath();
        return absolute.newBuilder().scheme(base.scheme()).host(base.host()).port(base.port()).encodedPath(path).build();
    }

    private static JsonObject parse(TwilioResponse response, String method, HttpUrl url) {
        if (response.body().isBlank()) {
            return new JsonObject();
        }
        try {
            return JsonParser.parseString(response.body()).getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw new TwilioException(response.status(), null, "Twilio answered with a body that is not a JSON object.", null,
                    response.headers().get("Twilio-Request-Id"), method, url.encodedPath(), null);
        }
    }

    @Override
    public String toString() {
        return "AccountClient[" + accountSid + ", " + credentials + "]";
    }
}
