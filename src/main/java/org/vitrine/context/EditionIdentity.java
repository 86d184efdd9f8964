package org.vitrine.context;

import java.util.List;
import java.util.Map;
import org.vitrine.model.Need;

/**
 * Which edition one run makes: its id and fingerprint, each input's checksum, whether nothing changed since the
 * edition online, the previous edition's needs and what was withdrawn since, and whether it is a dry run.
 */
public final class EditionIdentity {
    private String editionId;
    private String fingerprint;
    private Map<String, String> inputChecksums = Map.of();
    private boolean dryRun;
    private Map<String, Need> previous = Map.of();
    private boolean unchanged;
    private List<org.vitrine.model.EditionInfo.Withdrawn> withdrawn = List.of();

    public String editionId() {
        return editionId;
    }

    public String fingerprint() {
        return fingerprint;
    }

    /** Set once every source is read: the edition id, the fingerprint, each input file's checksum. */
    public void identify(String id, String inputsFingerprint, Map<String, String> checksums) {
        this.editionId = id;
        this.fingerprint = inputsFingerprint;
        this.inputChecksums = checksums;
    }

    /** Each input file ("source/name") with its SHA-256, for the manifest. */
    public Map<String, String> inputChecksums() {
        return inputChecksums;
    }

    /** Inputs and configuration are those of the current edition: nothing to publish. */
    public boolean unchanged() {
        return unchanged;
    }

    public void unchanged(boolean value) {
        this.unchanged = value;
    }

    /** The previous edition's needs by id (empty on a first edition). */
    public Map<String, Need> previous() {
        return previous;
    }

    public void previous(Map<String, Need> needs) {
        this.previous = needs;
    }

    public List<org.vitrine.model.EditionInfo.Withdrawn> withdrawn() {
        return withdrawn;
    }

    public void withdrawn(List<org.vitrine.model.EditionInfo.Withdrawn> list) {
        this.withdrawn = list;
    }

    public boolean dryRun() {
        return dryRun;
    }

    public void dryRun(boolean value) {
        this.dryRun = value;
    }
}
