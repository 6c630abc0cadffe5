package app.switchboard.twilio;

import com.google.gson.JsonElement;
import java.time.Instant;

/**
 * A key just created: the only time Twilio returns its {@code secret}. Store it at once; toString masks it.
 *
 * @param policy the restricted key's policy (IAM v1), else null
 */
public record NewApiKey(String sid, String friendlyName, Instant dateCreated, Instant dateUpdated, Secret secret,
        JsonElement policy) {

    @Override
    public String toString() {
        return "NewApiKey[sid=" + sid + ", friendlyName=" + friendlyName + ", dateCreated=" + dateCreated + ", secret=****]";
    }
}
