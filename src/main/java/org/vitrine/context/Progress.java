package org.vitrine.context;

/**
 * Progress of the long stages (reading files, writing pages, rendering the PDF), shown on a terminal
 * only: {@link #NONE} everywhere else (cron, CI, tests), so logs carry no progress noise.
 */
public interface Progress {

    /** A stage under way; {@code total} -1 when unknown. */
    interface Stage extends AutoCloseable {
        void step();

        @Override
        void close();
    }

    Stage start(String label, long total);

    Progress NONE = (label, total) -> new Stage() {
        @Override
        public void step() {
            // nothing shown
        }

        @Override
        public void close() {
            // nothing shown
        }
    };
}
