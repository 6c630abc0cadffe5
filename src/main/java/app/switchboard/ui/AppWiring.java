package app.switchboard.ui;

import java.util.ServiceLoader;

/**
 * How feature screens and the client services are plugged into the shell. The integrator provides one
 * implementation through {@code META-INF/services/app.switchboard.ui.AppWiring}; without one the app runs
 * with the Accounts and Settings screens only and every other screen shows its empty state.
 */
public interface AppWiring {

    /**
     * On the FX thread, right after the first frame (the app's first frame shows no screen) and before
     * {@link #startServices}: register screen factories in {@code ctx.screens()}. Keep it cheap: factories
     * only, screens are created on their first visit.
     */
    void registerScreens(AppContext ctx);

    /**
     * Off the FX thread, after the first frame: start the sandbox for the demo, open the database, build
     * the client, then set {@code ctx}'s services ({@link AppContext#plugIn}). May block.
     */
    void startServices(AppContext ctx) throws Exception;

    /** On exit (any thread): stop what {@link #startServices} started. */
    default void stopServices(AppContext ctx) {
    }

    /** The installed wiring, or one that adds nothing. */
    static AppWiring load() {
        return ServiceLoader.load(AppWiring.class).findFirst().orElse(new AppWiring() {
            @Override
            public void registerScreens(AppContext ctx) {
            }

            @Override
            public void startServices(AppContext ctx) {
            }
        });
    }
}
