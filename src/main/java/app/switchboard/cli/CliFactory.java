package app.switchboard.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/**
 * Creates command objects, handing the {@link CliEnvironment} to any that has a constructor taking it,
 * so commands of every feature get the same injected environment and Twilio client.
 */
final class CliFactory implements CommandLine.IFactory {
    private final CliEnvironment env;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CliFactory(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        try {
            Constructor<K> c = cls.getDeclaredConstructor(CliEnvironment.class);
            c.setAccessible(true);
            return c.newInstance(env);
        } catch (NoSuchMethodException e) {
            return fallback.create(cls);
        }
    }
}
