package vn.atr.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The README's screenshots taken by TestFX classes ({@code *Screenshots}): only with
 * {@code -Datr.screenshots=DIR}, otherwise those classes skip.
 */
public final class Screenshots {
    private Screenshots() {
    }

    /** The folder asked for with {@code -Datr.screenshots=DIR} (created), or empty: no screenshots. */
    static Optional<Path> folder() throws Exception {
        String dir = System.getProperty("atr.screenshots", "");
        return dir.isBlank() ? Optional.empty() : Optional.of(Files.createDirectories(Path.of(dir)));
    }

    /** The file a screenshot class leaves in the folders it empties (see {@link #freshFolder}). */
    private static final String MARK = ".atr-screenshots";

    /**
     * The data folder of the store in the pictures: {@code -Datr.screenshots.data=FOLDER} (a ward officer's,
     * e.g. /home/canbo/.local/share/atr, so that no temporary path shows), else {@code fallback}. The folder
     * given is emptied first ({@link #freshFolder}): each class loads the sample into a new store there, as
     * in its temporary folder. Called once per test, before the window opens on the store.
     */
    static Path dataFolder(Path fallback) throws IOException {
        return freshFolder("atr.screenshots.data", fallback);
    }

    /**
     * The removable drive in the pictures (backups, packages): {@code -Datr.screenshots.usb=FOLDER}, e.g.
     * /media/canbo/USB, emptied first; else {@code fallback} (created).
     */
    static Path usbFolder(Path fallback) throws IOException {
        return freshFolder("atr.screenshots.usb", fallback);
    }

    /**
     * The folder named by {@code property}, created or emptied: what an earlier class or run left there (the
     * sample already loaded, a store damaged on purpose, its lock, backups) would make this class fail or show
     * in its pictures. Only a new or empty folder, or one a screenshot class emptied before (it holds
     * {@value #MARK}), is emptied; any other is refused, so that a real data folder is never wiped. Without
     * the property, {@code fallback} (created).
     */
    private static Path freshFolder(String property, Path fallback) throws IOException {
        String given = System.getProperty(property, "");
        if (given.isBlank()) {
            return Files.createDirectories(fallback);
        }
        Path folder = Path.of(given).toAbsolutePath();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> in = Files.list(folder)) {
                if (in.findAny().isPresent() && !Files.exists(folder.resolve(MARK))) {
                    throw new IllegalStateException("-D" + property + "=" + folder
                            + " holds files not left by the screenshot classes: give a new or empty folder");
                }
            }
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    if (!p.equals(folder)) {
                        Files.delete(p);
                    }
                }
            }
        }
        Files.createDirectories(folder);
        Files.createFile(folder.resolve(MARK));
        return folder;
    }

    /** Writes what {@code scene} shows as a PNG file. */
    public static void snap(Scene scene, Path file) throws Exception {
        WritableImage[] image = new WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> image[0] = scene.snapshot(null)).get();
        int w = (int) image[0].getWidth();
        int h = (int) image[0].getHeight();
        int[] argb = new int[w * h];
        image[0].getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        png.setRGB(0, 0, w, h, argb, 0, w);
        ImageIO.write(png, "png", file.toFile());
    }
}
