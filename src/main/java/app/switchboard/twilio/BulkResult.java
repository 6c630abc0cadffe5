package app.switchboard.twilio;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The outcome of one item of {@link AccountClient#bulk}: a value or the failure.
 *
 * @param item    the input
 * @param value   the result, or null on failure
 * @param failure the Twilio failure, or null on success
 */
public record BulkResult<T, R>(T item, R value, TwilioException failure) {

    public boolean ok() {
        return failure == null;
    }

    static <T, R> BulkResult<T, R> await(T item, Future<R> future) {
        try {
            return new BulkResult<>(item, future.get(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new BulkResult<>(item, null, TwilioException.noResponse("Interrupted.", null, null, e));
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            TwilioException t = c instanceof TwilioException ? (TwilioException) c
                    : TwilioException.noResponse(String.valueOf(c.getMessage()), null, null, c);
            return new BulkResult<>(item, null, t);
        }
    }
}
