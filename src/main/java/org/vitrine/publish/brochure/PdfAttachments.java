package org.vitrine.publish.brochure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * Attaches files to the document itself (not to an annotation) as PDF/A-3 associated files: an
 * EmbeddedFiles name tree entry and the catalog's /AF array, /AFRelationship /Data, the MIME type,
 * the size and fixed dates, so the brochure carries its own data and stays byte-identical.
 */
final class PdfAttachments {

    private PdfAttachments() {}

    static void attach(PDDocument doc, List<PdfRenderer.Attachment> files, PdfRenderer.PdfMeta meta) throws IOException {
        if (files.isEmpty()) {
            return;
        }
        Calendar date = GregorianCalendar.from(meta.date().withNano(0));
        Map<String, PDComplexFileSpecification> byName = new TreeMap<>();
        COSArray af = new COSArray();
        for (PdfRenderer.Attachment a : files) {
            byte[] bytes = Files.readAllBytes(a.file());
            PDEmbeddedFile stream = new PDEmbeddedFile(doc, new ByteArrayInputStream(bytes), COSName.FLATE_DECODE);
            stream.setSubtype(a.mimeType());
            stream.setSize(bytes.length);
            stream.setCreationDate(date);
            stream.setModDate(date);
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(a.name());
            spec.setFileUnicode(a.name());
            spec.setEmbeddedFile(stream);
            spec.setEmbeddedFileUnicode(stream);
            spec.setFileDescription(a.description());
            spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");
            byName.put(a.name(), spec);
            af.add(spec);
        }
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(byName);
        PDDocumentNameDictionary names = catalog.getNames() == null
                ? new PDDocumentNameDictionary(catalog) : catalog.getNames();
        names.setEmbeddedFiles(tree);
        catalog.setNames(names);
        catalog.getCOSObject().setItem(COSName.getPDFName("AF"), af);
    }
}
