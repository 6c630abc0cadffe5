package app.switchboard.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.css.Stylesheet;

/**
 * A build step ({@code process-classes}, see the pom): writes the binary form ({@code .bss}) of every
 * stylesheet beside it in the compiled classes. JavaFX loads {@code x.bss} in place of {@code x.css} when it
 * exists, which spares the first frame parsing CSS text; the {@code .css} stays the source of truth.
 */
public final class BinaryStylesheets {

    private BinaryStylesheets() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BinaryStylesheets CLASSES_DIR");
        }
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
            sheets = files.filter(p -> p.getFileName().toString().endsWith(".css")).collect(Collectors.toList());
        }
        for (Path css : sheets) {
            String name = css.getFileName().toString();
            File bss = css.resolveSibling(name.substring(0, name.length() - ".css".length()) + ".bss").toFile();
            Stylesheet.convertToBinary(css.toFile(), bss);
        }
    }
}
