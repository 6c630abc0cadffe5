package app.switchboard.twilio;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.Instant;
import java.util.function.Function;

/**
 * The one Gson of the app. Snake-case fields map to record components; dates in either Twilio format
 * become {@link Instant}; numbers sent as {@code ""} or text read as null instead of failing the list.
 */
public final class TwilioJson {
    private static final Gson GSON = new GsonBuilder()
            .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES)
            .registerTypeAdapter(Instant.class, new InstantAdapter().nullSafe())
            .registerTypeAdapter(Integer.class, lenientNumber(Integer::valueOf))
            .registerTypeAdapter(Long.class, lenientNumber(Long::valueOf))
            .registerTypeAdapter(Double.class, lenientNumber(Double::valueOf))
            .registerTypeAdapter(Secret.class, new SecretAdapter().nullSafe())
            .registerTypeAdapterFactory(new EmptyStringAsNull())
            .disableHtmlEscaping()
            .create();

    private TwilioJson() {
    }

    public static Gson gson() {
        return GSON;
    }

    private static final class InstantAdapter extends TypeAdapter<Instant> {
        @Override
        public void write(JsonWriter out, Instant value) throws IOException {
            out.value(value.toString());
        }

        @Override
        public Instant read(JsonReader in) throws IOException {
            return TwilioDates.parse(in.nextString());
        }
    }

    /** Reads a key secret straight into a {@link Secret}; writing one out is never needed. */
    private static final class SecretAdapter extends TypeAdapter<Secret> {
        @Override
        public void write(JsonWriter out, Secret value) throws IOException {
            out.value(Redaction.MASK);
        }

        @Override
        public Secret read(JsonReader in) throws IOException {
            String s = in.nextString();
            return s.isEmpty() ? null : Secret.of(s);
        }
    }

    /** A list, map or object field sent as {@code ""} (facts §1.3, §4.1) reads as null instead of failing. */
    private static final class EmptyStringAsNull implements TypeAdapterFactory {
        @Override
        public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            Class<? super T> raw = type.getRawType();
            if (raw.isPrimitive() || raw == String.class || Number.class.isAssignableFrom(raw) || raw == Boolean.class
                    || raw == Instant.class || raw == Secret.class || JsonElement.class.isAssignableFrom(raw) || raw.isEnum()
                    || raw == Object.class) {
                return null;
            }
            TypeAdapter<T> delegate = gson.getDelegateAdapter(this, type);
            return new TypeAdapter<T>() {
                @Override
                public void write(JsonWriter out, T value) throws IOException {
                    delegate.write(out, value);
                }

                @Override
                public T read(JsonReader in) throws IOException {
                    if (in.peek() == JsonToken.STRING) {
                        in.skipValue();
                        return null;
                    }
                    return delegate.read(in);
                }
            };
        }
    }

    private static <T extends Number> TypeAdapter<T> lenientNumber(Function<String, T> parse) {
        return new TypeAdapter<T>() {
            @Override
            public void write(JsonWriter out, T value) throws IOException {
                if (value == null) {
                    out.nullValue();
                } else {
                    out.value(value);
                }
            }

            @Override
            public T read(JsonReader in) throws IOException {
                if (in.peek() == JsonToken.NULL) {
                    in.nextNull();
                    return null;
                }
                if (in.peek() == JsonToken.BOOLEAN || in.peek() == JsonToken.BEGIN_ARRAY
                        || in.peek() == JsonToken.BEGIN_OBJECT) {
                    in.skipValue();
                    return null;
                }
                String s = in.nextString().strip();
                try {
                    return s.isEmpty() ? null : parse.apply(s);
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        };
    }
}
