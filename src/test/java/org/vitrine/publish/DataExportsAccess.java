package org.vitrine.publish;

/** The open data's neutral codes of the public notes, for tests outside this package. */
public final class DataExportsAccess {

    private DataExportsAccess() {
    }

    public static java.util.Collection<String> publicNoteCodes() {
        return DataExports.PUBLIC_NOTES.values();
    }
}
