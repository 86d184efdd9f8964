package org.vitrine.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.vitrine.context.Progress;

/** Progress bars on the terminal's error stream (the progressbar library), for interactive runs only. */
final class TerminalProgress implements Progress {

    /** A progress display when Vitrine runs on a terminal, nothing otherwise. */
    static Progress forConsole() {
        return System.console() != null ? new TerminalProgress() : Progress.NONE;
    }

    @Override
    public Stage start(String label, long total) {
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(label)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(200)
                .build();
        return new Stage() {
            @Override
            public void step() {
                bar.step();
            }

            @Override
            public void close() {
                bar.close();
            }
        };
    }
}
