package org.vitrine.publish.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.vitrine.publish.Site;

/**
 * The event's floor plan on event.html: the image of {@code event.floorPlan}, copied into assets/, with each
 * stand of {@code event.floorPlanStands} placed over it in percent of the image (so it scales on a phone), the
 * occupied ones linking to their exhibitor. Only a PNG or JPEG file is published (read by its first bytes, not its
 * name). Exposed to templates as {@code eventPlan}; absent without an image.
 */
public final class EventPlan {

    /** A stand over the plan: its code, its box in percent of the image, its exhibitor or null. */
    public record Stand(String code, String left, String top, String width, String height, Site.BuyerPage buyer) {
    }

    private final Path source;
    private final String file;
    private final int width;
    private final int height;
    private final List<Stand> stands;

    private EventPlan(Path source, String file, int width, int height, List<Stand> stands) {
        this.source = source;
        this.file = file;
        this.width = width;
        this.height = height;
        this.stands = stands;
    }

    /** The plan of this image and these stand positions (image pixels: x, y, width, height), or null without a usable image. */
    public static EventPlan of(Path image, Map<String, List<Integer>> positions, List<Site.BuyerPage> buyers) {
        if (image == null || !Files.isRegularFile(image)) {
            return null;
        }
        String ext = kind(image);
        int[] size = ext == null ? null : size(image);
        if (size == null || size[0] <= 0 || size[1] <= 0) {
            return null;
        }
        Map<String, Site.BuyerPage> byStand = new TreeMap<>();
        for (Site.BuyerPage b : buyers) {
            if (b.stand() != null && !b.stand().isBlank()) {
                byStand.putIfAbsent(b.stand().strip(), b);
            }
        }
        List<Stand> stands = new ArrayList<>();
        if (positions != null) {
            new TreeMap<>(positions).forEach((code, box) -> {
                if (box != null && box.size() == 4 && box.stream().allMatch(v -> v != null && v >= 0)) {
                    stands.add(new Stand(code, pct(box.get(0), size[0]), pct(box.get(1), size[1]), pct(box.get(2), size[0]),
                            pct(box.get(3), size[1]), byStand.get(code)));
                }
            });
        }
        return new EventPlan(image, "assets/floor-plan." + ext, size[0], size[1], List.copyOf(stands));
    }

    /** Copies the image to its place under the catalogue's folder. */
    public void copyTo(Path publicDir) throws IOException {
        Path target = publicDir.resolve(file);
        Files.createDirectories(target.getParent());
        Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    public String file() {
        return file;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public List<Stand> stands() {
        return stands;
    }

    /** Whether a stand code has a place on the plan (a buyer page links to it). */
    public boolean placed(String code) {
        return code != null && stands.stream().anyMatch(s -> s.code().equals(code.strip()));
    }

    /** The stand's anchor on event.html ("stand-B07"): letters, digits, - and _ only. */
    public String anchor(String code) {
        return "stand-" + (code == null ? "" : code.strip().replaceAll("[^A-Za-z0-9_-]", "-"));
    }

    private static String pct(int v, int of) {
        return String.format(Locale.ROOT, "%.3f%%", 100.0 * v / of);
    }

    /** "png" or "jpg" by the file's first bytes, else null. */
    private static String kind(Path image) {
        try (InputStream in = Files.newInputStream(image)) {
            byte[] head = in.readNBytes(8);
            if (head.length >= 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
                return "png";
            }
            if (head.length >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8 && (head[2] & 0xff) == 0xff) {
                return "jpg";
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Width and height in pixels, from the image's header (the image itself is not decoded). */
    private static int[] size(Path image) {
        try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader r = readers.next();
            try {
                r.setInput(in);
                return new int[] {r.getWidth(0), r.getHeight(0)};
            } finally {
                r.dispose();
            }
        } catch (IOException e) {
            return null;
        }
    }
}
