package org.vitrine.publish.brochure;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Tags the brochure's contents as a table of contents (PDF structure types TOC and TOCI), which
 * openhtmltopdf cannot express: it tags every {@code div} as Div and every {@code p} as P. The template
 * marks the list with {@code lang="…-x-toc"} (a private-use language subtag, so the text keeps its
 * language); here that element becomes TOC, each of its paragraphs a TOCI, and the marker is dropped.
 */
final class TocTags {

    /** The private-use subtag contents.ftlh puts on the list of entries ({@code lang="fr-x-toc"}). */
    static final String MARKER = "-x-toc";

    private static final COSName TOC = COSName.getPDFName("TOC");
    private static final COSName TOCI = COSName.getPDFName("TOCI");

    private TocTags() {
    }

    static void apply(PDDocument doc) {
        var root = doc.getDocumentCatalog().getStructureTreeRoot();
        if (root != null) {
            walk(root.getCOSObject(), 0);
        }
    }

    private static void walk(COSDictionary node, int depth) {
        if (depth > 64) {
            return; // the brochure's tree is a dozen levels deep; a cycle would be a renderer bug
        }
        String lang = node.getString(COSName.LANG);
        if (lang != null && lang.endsWith(MARKER) && COSName.getPDFName("Div").equals(node.getCOSName(COSName.S))) {
            node.setItem(COSName.S, TOC);
            node.removeItem(COSName.LANG); // the document's language applies again
            forEachChild(node, child -> {
                if (COSName.P.equals(child.getCOSName(COSName.S))) {
                    child.setItem(COSName.S, TOCI);
                }
            });
            return;
        }
        forEachChild(node, child -> walk(child, depth + 1));
    }

    private static void forEachChild(COSDictionary node, java.util.function.Consumer<COSDictionary> action) {
        COSBase k = node.getDictionaryObject(COSName.K);
        if (k instanceof COSDictionary d && d.containsKey(COSName.S)) {
            action.accept(d);
        } else if (k instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.getObject(i) instanceof COSDictionary d && d.containsKey(COSName.S)) {
                    action.accept(d);
                }
            }
        }
    }
}
