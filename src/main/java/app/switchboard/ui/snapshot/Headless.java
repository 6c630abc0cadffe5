package app.switchboard.ui.snapshot;

import java.util.LinkedHashMap;
import java.util.Map;

/** The system properties that run JavaFX without a display (Monocle's headless glass, software rendering). */
public final class Headless {

    private Headless() {
    }

    public static Map<String, String> properties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("glass.platform", "Monocle");
        p.put("monocle.platform", "Headless");
        p.put("prism.order", "sw");
        // The default 1280x800 headless screen is smaller than the 1400x900 snapshots.
        p.put("headless.geometry", "1920x1200-32");
        p.put("prism.text", "t2k");
        p.put("java.awt.headless", "true");
        return p;
    }

    /** True when no X11 or Wayland display is available (on Linux; other OSes always have one). */
    public static boolean noDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        return os.contains("linux") && isBlank(System.getenv("DISPLAY")) && isBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    /** Sets the properties in this JVM; must run before the JavaFX toolkit starts. */
    public static void apply() {
        properties().forEach(System::setProperty);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
