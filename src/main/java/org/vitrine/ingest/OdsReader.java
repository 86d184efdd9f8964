package org.vitrine.ingest;

import org.vitrine.config.InputLimits;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads .ods files by streaming {@code content.xml} with StAX ({@link OdsContent}): a DOM or SODS
 * takes quadratic time or gigabytes on LibreOffice's padded sheets.
 */
public final class OdsReader implements SpreadsheetReader {

    @Override
    public void read(Path file, InputLimits limits, RowSink sink) throws ReadFailure {
        ReadGuard.run(file, limits, sink, s -> readGuarded(file, limits, s));
    }

    private void readGuarded(Path file, InputLimits limits, RowSink sink) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipBudget budget = new ZipBudget(limits.maxUnzippedBytes());
            budget.checkDeclared(zip);
            ZipEntry manifest = zip.getEntry("META-INF/manifest.xml");
            if (manifest != null) {
                try (InputStream in = budget.open(zip, manifest)) {
                    if (declaresEncryption(in)) {
                        throw new ReadFailure("ingest.encrypted");
                    }
                }
            }
            ZipEntry content = zip.getEntry("content.xml");
            if (content == null) {
                throw new ReadFailure("ingest.corrupt", "content.xml");
            }
            try (InputStream in = budget.open(zip, content)) {
                new OdsContent(SafeXml.reader(in), limits, sink).read();
            } catch (XMLStreamException e) {
                if (budget.exceeded()) {
                    throw new ZipBudget.Exceeded();
                }
                throw e;
            }
        }
    }

    /** A password-protected ods keeps a plain manifest that lists encryption data for its parts. */
    private static boolean declaresEncryption(InputStream in) throws XMLStreamException {
        XMLStreamReader x = SafeXml.reader(in);
        while (x.hasNext()) {
            if (x.next() == XMLStreamReader.START_ELEMENT && x.getLocalName().equals("encryption-data")) {
                return true;
            }
        }
        return false;
    }
}
