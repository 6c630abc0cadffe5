package app.switchboard.ui.shell;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The screens the app has: the composition root registers a factory per {@link Screen}; the shell creates
 * each content lazily on its first visit and keeps it. Screens without a factory show their empty state.
 */
public final class ScreenRegistry {

    private final Map<String, Supplier<ScreenContent>> factories = new HashMap<>();
    private final Map<String, ScreenContent> created = new HashMap<>();

    /** Registers (or replaces, before its first visit) the content of {@code screen}. */
    public void register(Screen screen, Supplier<ScreenContent> factory) {
        factories.put(screen.id(), factory);
        created.remove(screen.id());
    }

    public boolean isRegistered(Screen screen) {
        return factories.containsKey(screen.id());
    }

    /** The screen's content, created now if this is the first visit; empty when none is registered. */
    public Optional<ScreenContent> content(Screen screen) {
        Supplier<ScreenContent> factory = factories.get(screen.id());
        if (factory == null) {
            return Optional.empty();
        }
        return Optional.of(created.computeIfAbsent(screen.id(), id -> factory.get()));
    }
}
