package org.vitrine.ingest;

import org.vitrine.config.InputLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Decides a file's format from its bytes, never from its name: buyers rename files, save HTML pages
 * as .xls and password-protect xlsx files (which are then OLE2 containers, not zips).
 */
public final class FileSniffer {

    private static final int SMALL_ENTRY = 1 << 20;

    private FileSniffer() {
    }

    public static FileKind sniff(Path file) throws ReadFailure {
        return sniff(file, InputLimits.defaults());
    }

    public static FileKind sniff(Path file, InputLimits limits) throws ReadFailure {
        ReadGuard.checkSize(file, limits);
        byte[] head;
        try {
            head = TextEncoding.head(file, TextEncoding.HEAD_BYTES);
        } catch (IOException e) {
            throw ReadGuard.unreadable(e);
        }
        if (head.length == 0) {
            throw new ReadFailure("ingest.empty");
        }
        if (TextEncoding.startsWith(head, 'P', 'K', 3, 4)) {
            return sniffZip(file);
        }
        if (TextEncoding.startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return sniffOle2(file);
        }
        return sniffText(head);
    }

    private static FileKind sniffZip(Path file) throws ReadFailure {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("xl/workbook.xml") != null) {
                return FileKind.XLSX;
            }
            if (zip.getEntry("xl/workbook.bin") != null) {
                throw new ReadFailure("ingest.unsupported", "Excel binaire (.xlsb)");
            }
            if (small(zip, "[Content_Types].xml").contains("spreadsheetml.sheet.main")) {
                return FileKind.XLSX;
            }
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null) {
                if (small(zip, "mimetype").trim().startsWith("application/vnd.oasis.opendocument.spreadsheet")) {
                    return FileKind.ODS;
                }
                throw new ReadFailure("ingest.not_spreadsheet");
            }
            if (zip.getEntry("content.xml") != null
                    && small(zip, "META-INF/manifest.xml").contains("application/vnd.oasis.opendocument.spreadsheet")) {
                return FileKind.ODS;
            }
            throw new ReadFailure("ingest.not_spreadsheet");
        } catch (ZipException e) {
            // Zip signature but no readable directory: typically a file cut short by a copy or a mail.
            throw ReadGuard.corrupt(e);
        } catch (IOException e) {
            throw ReadGuard.unreadable(e);
        }
    }

    private static String small(ZipFile zip, String name) throws IOException {
        ZipEntry e = zip.getEntry(name);
        if (e == null) {
            return "";
        }
        try (InputStream in = zip.getInputStream(e)) {
            return new String(in.readNBytes(SMALL_ENTRY), StandardCharsets.UTF_8);
        }
    }

    private static FileKind sniffOle2(Path file) throws ReadFailure {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo")) {
                throw new ReadFailure("ingest.encrypted");
            }
            for (String name : new String[] {"Workbook", "WORKBOOK", "BOOK", "Book"}) {
                if (root.hasEntry(name)) {
                    return FileKind.XLS;
                }
            }
            throw new ReadFailure("ingest.not_spreadsheet");
        } catch (ReadFailure e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw ReadGuard.corrupt(e);
        }
    }

    private static FileKind sniffText(byte[] head) throws ReadFailure {
        TextEncoding enc = TextEncoding.detect(head);
        if (!enc.isUtf16() && looksBinary(head)) {
            throw new ReadFailure("ingest.not_spreadsheet");
        }
        String text = enc.decode(head).stripLeading();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1).stripLeading();
        }
        if (text.length() > 1 && text.charAt(0) == '<'
                && (Character.isLetter(text.charAt(1)) || text.charAt(1) == '!' || text.charAt(1) == '?')) {
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.contains("urn:schemas-microsoft-com:office:spreadsheet") && !lower.contains("<html")) {
                throw new ReadFailure("ingest.unsupported", "XML Spreadsheet 2003");
            }
            // Excel and many intranet exports save an HTML table under a .xls name.
            throw new ReadFailure("ingest.html_disguised");
        }
        return FileKind.CSV;
    }

    /**
     * More than 1 % control characters (NUL included) in the first 4 KiB of a non-UTF-16 file: one stray NUL
     * in a CSV is a damaged cell, not a binary file (issue 16.9); the cell parsers drop it.
     */
    private static boolean looksBinary(byte[] head) {
        int n = Math.min(head.length, 4096);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xFF;
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1A) || b == 0x7F) {
                control++;
            }
        }
        return control > n / 100;
    }
}
