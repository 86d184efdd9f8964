package org.vitrine.publish.brochure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * Overwrites everything in a rendered PDF that would otherwise come from the clock: the info
 * dictionary, the XMP packet and the trailer /ID, all derived from {@link PdfRenderer.PdfMeta}.
 */
final class PdfMetadata {

    static final String CREATOR = "Vitrine";
    static final String PRODUCER = "Vitrine (openhtmltopdf, PDFBox)";

    private PdfMetadata() {}

    static void apply(PDDocument doc, PdfRenderer.PdfMeta meta) throws IOException {
        // Info dates have second precision; XMP must state the same instant for PDF/A.
        ZonedDateTime date = meta.date().withNano(0);
        Calendar calendar = GregorianCalendar.from(date);
        PDDocumentInformation info = new PDDocumentInformation(); // drops openhtmltopdf's entries
        info.setTitle(meta.title());
        info.setAuthor(meta.author());
        info.setSubject(meta.subject());
        info.setKeywords(meta.keywords());
        info.setCreator(CREATOR);
        info.setProducer(PRODUCER);
        info.setCreationDate(calendar);
        info.setModificationDate(calendar);
        doc.setDocumentInformation(info);

        doc.getDocumentCatalog().setLanguage(meta.language());
        PDMetadata stream = new PDMetadata(doc); // unfiltered, as PDF/A wants
        stream.importXMPMetadata(xmp(meta, date).getBytes(StandardCharsets.UTF_8));
        doc.getDocumentCatalog().setMetadata(stream);

        // COSWriter keeps a two-element /ID found in the trailer instead of hashing the clock.
        COSString id = new COSString(md5(meta.documentId()));
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /**
     * A fixed template rather than xmpbox: xmpbox has no PDF/UA schema, and PDF/A requires the
     * non-predefined pdfuaid namespace to be described in a pdfaExtension schema.
     */
    static String xmp(PdfRenderer.PdfMeta meta, ZonedDateTime date) {
        String when = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date);
        StringBuilder x = new StringBuilder(2048);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
         .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
         .append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
         .append("  <rdf:Description rdf:about=\"\"\n")
         .append("    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n")
         .append("    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n")
         .append("    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n")
         .append("    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"\n")
         .append("    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"\n")
         .append("    xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"\n")
         .append("    xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"\n")
         .append("    xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
         .append("   <dc:format>application/pdf</dc:format>\n");
        x.append("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(esc(meta.title()))
         .append("</rdf:li></rdf:Alt></dc:title>\n");
        x.append("   <dc:language><rdf:Bag><rdf:li>").append(esc(meta.language()))
         .append("</rdf:li></rdf:Bag></dc:language>\n");
        if (meta.author() != null) {
            x.append("   <dc:creator><rdf:Seq><rdf:li>").append(esc(meta.author()))
             .append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (meta.subject() != null) {
            x.append("   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(esc(meta.subject()))
             .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        x.append("   <xmp:CreatorTool>").append(CREATOR).append("</xmp:CreatorTool>\n")
         .append("   <xmp:CreateDate>").append(when).append("</xmp:CreateDate>\n")
         .append("   <xmp:ModifyDate>").append(when).append("</xmp:ModifyDate>\n")
         .append("   <xmp:MetadataDate>").append(when).append("</xmp:MetadataDate>\n")
         .append("   <pdf:Producer>").append(esc(PRODUCER)).append("</pdf:Producer>\n");
        if (meta.keywords() != null) {
            x.append("   <pdf:Keywords>").append(esc(meta.keywords())).append("</pdf:Keywords>\n");
        }
        x.append("   <pdfaid:part>3</pdfaid:part>\n")
         .append("   <pdfaid:conformance>U</pdfaid:conformance>\n")
         .append("   <pdfuaid:part>1</pdfuaid:part>\n")
         .append("   <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n")
         .append("    <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n")
         .append("    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n")
         .append("    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n")
         .append("    <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n")
         .append("     <pdfaProperty:name>part</pdfaProperty:name>\n")
         .append("     <pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n")
         .append("     <pdfaProperty:category>internal</pdfaProperty:category>\n")
         .append("     <pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>\n")
         .append("    </rdf:li></rdf:Seq></pdfaSchema:property>\n")
         .append("   </rdf:li></rdf:Bag></pdfaExtension:schemas>\n")
         .append("  </rdf:Description>\n")
         .append(" </rdf:RDF>\n")
         .append("</x:xmpmeta>\n")
         .append("<?xpacket end=\"w\"?>");
        return x.toString();
    }

    private static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static byte[] md5(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every JVM", e);
        }
    }
}
