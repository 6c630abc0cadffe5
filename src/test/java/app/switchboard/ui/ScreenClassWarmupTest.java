package app.switchboard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ScreenClassWarmupTest {

    @Test
    void theListNamesTheScreensSkinsAndViews() {
        List<String> names = Arrays.asList(ScreenClassWarmup.names());
        assertTrue(names.contains("javafx.scene.control.skin.TabPaneSkin"), "the keys screen's tabs");
        assertTrue(names.contains("javafx.scene.control.skin.ChoiceBoxSkin"), "the keys screen's filters");
        assertTrue(names.stream().anyMatch(n -> n.startsWith("app.switchboard.ui.keys.")), "the keys screen itself");
        assertTrue(names.stream().noneMatch(n -> n.startsWith("#") || n.isBlank()));
    }

    @Test
    void everyListedClassStillExists() throws Exception {
        // A renamed or removed class only warms less, but a list that drifts far warms nothing: regenerate it
        // with tools/screen-classes.sh when this fails.
        int listed = ScreenClassWarmup.names().length;
        assertEquals(listed, (int) ScreenClassWarmup.start().get(60, TimeUnit.SECONDS),
                "classes named in screen-classes.txt that are gone: run tools/screen-classes.sh");
    }
}
