package vn.atr.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The README's screenshots taken by TestFX classes ({@code *Screenshots}): only with
 * {@code -Datr.screenshots=DIR}, otherwise those classes skip.
 */
final class Screenshots {
    private Screenshots() {
    }

    /** The folder asked for with {@code -Datr.screenshots=DIR} (created), or empty: no screenshots. */
    static Optional<Path> folder() throws Exception {
        String dir = System.getProperty("atr.screenshots", "");
        return dir.isBlank() ? Optional.empty() : Optional.of(Files.createDirectories(Path.of(dir)));
    }

    /**
     * The data folder of the store in the pictures: {@code -Datr.screenshots.data=FOLDER} (a ward officer's,
     * e.g. /home/canbo/.local/share/atr, so that no temporary path shows), else {@code fallback}.
     */
    static Path dataFolder(Path fallback) throws Exception {
        String d = System.getProperty("atr.screenshots.data", "");
        return d.isBlank() ? fallback : Files.createDirectories(Path.of(d));
    }

    /** Writes what {@code scene} shows as a PNG file. */
    static void snap(Scene scene, Path file) throws Exception {
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
