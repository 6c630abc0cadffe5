package app.switchboard.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

class AppIconTest {

    @Test
    void everyIconIsTheGlyphIkonliNamesSoInItsPack() throws Exception {
        for (AppIcon icon : AppIcon.values()) {
            String description = icon.getDescription();
            assertTrue(description.matches("mdi2[a-z]-[a-z0-9-]+"), description);
            // Ikonli's pack has one enum per first letter: MaterialDesignA for "mdi2a-…", and so on.
            String letter = description.substring(4, 5).toUpperCase(Locale.ROOT);
            Class<?> pack = Class.forName(MaterialDesignA.class.getName().replaceAll("A$", letter));
            Ikon ikonli = (Ikon) pack.getMethod("findByDescription", String.class).invoke(null, description);
            assertEquals(ikonli.getCode(), icon.getCode(), description);
            assertEquals(ikonli.getDescription().replace("mdi2" + letter.toLowerCase(Locale.ROOT) + "-", "")
                    .toUpperCase(Locale.ROOT).replace('-', '_'), icon.name(), "named after its description");
        }
    }
}
