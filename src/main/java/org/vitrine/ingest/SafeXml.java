package org.vitrine.ingest;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX readers that resolve no DTD and no external entity (XXE, billion laughs). Uses the JDK's own
 * implementation on purpose: another one (aalto, pulled in by fastexcel) could be found first otherwise, and
 * aalto builds a whole text node in memory (a 300 MB cell exhausted a 512 MiB heap), where the JDK's hands it over in pieces.
 */
final class SafeXml {

    private static final XMLInputFactory FACTORY = create();

    private SafeXml() {
    }

    private static XMLInputFactory create() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }

    static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }

    /** From a start tag, skips to the matching end tag. */
    static void skipElement(XMLStreamReader x) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamReader.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamReader.END_ELEMENT) {
                depth--;
            }
        }
    }
}
