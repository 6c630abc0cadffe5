package app.switchboard.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Every icon in the app, sized here rather than by a stylesheet. A {@link FontIcon} starts at 8 px and turns a
 * size given by CSS into an inline style, which makes JavaFX style the node a second time; sized in code, the
 * first CSS pass is its only one (measured by {@code switchboard bench startup}). A size set in code also wins
 * over the theme's, so stylesheets give icons their colour only.
 */
public final class Icons {

    /** AtlantaFX Primer's size for an icon. */
    public static final int DEFAULT_SIZE = 18;

    private Icons() {
    }

    public static FontIcon of(Ikon ikon) {
        return of(ikon, DEFAULT_SIZE);
    }

    public static FontIcon of(Ikon ikon, int size) {
        return sized(new FontIcon(ikon), size);
    }

    /** An icon whose glyph is chosen later ({@link FontIcon#setIconCode}). */
    public static FontIcon blank() {
        return sized(new FontIcon(), DEFAULT_SIZE);
    }

    private static FontIcon sized(FontIcon icon, int size) {
        icon.setIconSize(size);
        return icon;
    }
}
