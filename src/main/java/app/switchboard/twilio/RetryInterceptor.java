package app.switchboard.twilio;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Repeats attempts per {@link RetryPolicy}: 429 for any method (Twilio did not process it), 5xx and
 * connection failures only for GET/DELETE. Every attempt is tagged so it becomes its own record, linked
 * to the first one.
 */
final class RetryInterceptor implements Interceptor {
    private final RetryPolicy policy;
    private final RetryDelays delays;
    private final RetryBudget budget;
    private final Sleeper sleeper;

    RetryInterceptor(RetryPolicy policy, RetryDelays delays, RetryBudget budget, Sleeper sleeper) {
        this.policy = policy;
        this.delays = delays;
        this.budget = budget;
        this.sleeper = sleeper;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        TwilioCall call = request.tag(TwilioCall.class);
        if (call == null) {
            return chain.proceed(request);
        }
        long firstId = 0;
        int spent = 0;
        for (int attempt = 1;; attempt++) {
            long id = RequestIds.next();
            if (attempt == 1) {
                firstId = id;
            }
            Request tagged = request.newBuilder().tag(Attempt.class, new Attempt(id, attempt == 1 ? 0 : firstId, attempt, call))
                    .build();
            Response response;
            try {
                response = chain.proceed(tagged);
            } catch (InsecureTransportException e) {
                throw e;
            } catch (IOException e) {
                if (!call.idempotent() || !mayRetry(attempt, policy.failureCost())) {
                    throw e;
                }
                spent = policy.failureCost();
                pause(delays.delay(attempt, null));
                continue;
            }
            int status = response.code();
            boolean retryable = status == 429 || (status >= 500 && call.idempotent());
            if (!retryable) {
                if (response.isSuccessful()) {
                    budget.refund(spent > 0 ? spent : 1);
                }
                return response;
            }
            Duration wait = delays.delay(attempt, response.header("Retry-After"));
            if (wait == null || !mayRetry(attempt, policy.retryCost())) {
                return response;
            }
            spent = policy.retryCost();
            response.close();
            pause(wait);
        }
    }

    private boolean mayRetry(int attempt, int cost) {
        return attempt < policy.maxAttempts() && budget.tryAcquire(cost);
    }

    private void pause(Duration d) throws IOException {
        try {
            AdaptiveLimiter.waitWithoutPermit(sleeper, d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to retry");
        }
    }
}
