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
    private java.time.LocalDate previousDate;
    private List<org.vitrine.model.EditionInfo.Withdrawn> previousWithdrawn = List.of();
    private Map<String, net.fortuna.ical4j.model.component.VEvent> previousCalendar = Map.of();
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

    /**
     * The edition compared with, read once before the sources: its needs, its date, the withdrawals it listed, its
     * calendar.ics events by UID.
     */
    public void previous(Map<String, Need> needs, java.time.LocalDate date, List<org.vitrine.model.EditionInfo.Withdrawn> withdrawn,
            Map<String, net.fortuna.ical4j.model.component.VEvent> calendar) {
        this.previous = needs;
        this.previousDate = date;
        this.previousWithdrawn = withdrawn;
        this.previousCalendar = calendar;
    }

    /**
     * The calendar.ics events of the edition compared with, by UID (empty on a first edition): the SEQUENCE each
     * event counts on, the withdrawn needs' events to cancel; the same for both languages.
     */
    public Map<String, net.fortuna.ical4j.model.component.VEvent> previousCalendar() {
        return previousCalendar;
    }

    /** The date of the edition compared with (null on a first edition): « modifié depuis l'édition du … ». */
    public java.time.LocalDate previousDate() {
        return previousDate;
    }

    /** The withdrawals this year's current edition listed (a withdrawn need stays listed). */
    public List<org.vitrine.model.EditionInfo.Withdrawn> previousWithdrawn() {
        return previousWithdrawn;
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
