package app.switchboard.traffic;

/**
 * A cheap authenticated GET for one account (the integrator makes it through the Twilio client). Its
 * record reaches the charts through the client's {@code RequestListener} like any other request, and
 * the request log counts it. Called on a scheduler thread; may block for the request's duration.
 */
@FunctionalInterface
public interface SampleProbe {
    void probe(String accountSid) throws Exception;
}
