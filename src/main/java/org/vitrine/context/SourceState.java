package org.vitrine.context;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.vitrine.config.Config;

/**
 * Where each source is read from in one run: afresh or from its last good snapshot (a {@code --source} rerun, a
 * keep-last-good policy after a failure), which sources were degraded and why, the folder each was read from.
 */
public final class SourceState {
    private final Config config;
    private Set<String> refreshOnly;
    private Snapshots snapshots;
    private final Map<String, String> degraded = new TreeMap<>();
    private final Map<String, java.nio.file.Path> readFrom = new TreeMap<>();

    SourceState(Config config) {
        this.config = config;
    }

    /** Where each source's last good input is kept (out/<year>/state/snapshots). */
    public void snapshots(Snapshots store) {
        this.snapshots = store;
    }

    /**
     * Only these sources are read afresh; the others come from their last good snapshot
     * ({@code vitrine run --source}). Null: every source is read.
     */
    public void refreshOnly(Set<String> names) {
        this.refreshOnly = names;
    }

    /** True when a source is taken from its snapshot in this run (a --source rerun, or its policy after a failure). */
    public boolean fromSnapshot(org.vitrine.config.SourceConfig source) {
        return degraded.containsKey(source.name())
                || refreshOnly != null && !refreshOnly.contains(source.name()) && snapshots != null && snapshots.has(source.name());
    }

    /** A source that fails may be read from its last good snapshot instead: its policy is keep-last-good and it has one. */
    public boolean canFallBack(org.vitrine.config.SourceConfig source) {
        return source.keepLastGood() && snapshots != null && snapshots.has(source.name());
    }

    /**
     * The message key for a source that failed and cannot fall back: its rule is to stop, or it is keep-last-good
     * with no good copy yet (seventh attack: the console said « Sa règle est d'arrêter » of a keep-last-good source).
     */
    public String abortKey(org.vitrine.config.SourceConfig source) {
        return source.keepLastGood() ? "source.aborted_no_copy" : "source.aborted";
    }

    /** A source failed and its keep-last-good policy took its snapshot instead; {@code reason} says why. */
    public synchronized void degraded(String source, String reason) {
        degraded.put(source, reason);
    }

    public Map<String, String> degraded() {
        return degraded;
    }

    /** Where a spreadsheets source is read from in this run: its folder, or its last good snapshot. */
    public java.nio.file.Path folderOf(org.vitrine.config.SourceConfig source) {
        return fromSnapshot(source) ? snapshots.dir(source.name()) : config.folderOf(source);
    }

    /** Records the folder a source's input was read from (its files, or the pages fetched from its API). */
    public synchronized void readFrom(String source, java.nio.file.Path folder) {
        readFrom.put(source, folder);
    }

    public Map<String, java.nio.file.Path> readFrom() {
        return readFrom;
    }

    public Snapshots snapshots() {
        return snapshots;
    }
}
