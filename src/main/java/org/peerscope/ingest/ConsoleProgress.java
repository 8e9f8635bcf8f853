package org.peerscope.ingest;

import java.io.PrintStream;
import java.time.Duration;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows an import's progress: a progress bar over the input bytes (with rate and ETA) on
 * a terminal, plain periodic lines otherwise (a log file, a pipe, CI).
 */
final class ConsoleProgress implements ImportProgress {

	private static final long MB = 1 << 20;

	private static final Duration LINE_INTERVAL = Duration.ofSeconds(10);

	private final PrintStream out;

	private final boolean terminal;

	private final String task;

	private ProgressBar bar;

	private long started;

	private long lastLine;

	private long records;

	ConsoleProgress(PrintStream out, boolean terminal, String task) {
		this.out = out;
		this.terminal = terminal;
		this.task = task;
	}

	@Override
	public void started(long totalBytes) {
		this.started = System.nanoTime();
		this.lastLine = this.started;
		if (this.terminal) {
			this.bar = new ProgressBarBuilder().setTaskName(this.task)
				.setInitialMax(Math.max(1, totalBytes / MB))
				.setUnit(" MB", 1)
				.setStyle(ProgressBarStyle.ASCII)
				.setConsumer(new ConsoleProgressBarConsumer(this.out))
				.setUpdateIntervalMillis(500)
				.build();
		}
		else {
			this.out.printf("%s: %,d MB of input%n", this.task, totalBytes / MB);
		}
	}

	@Override
	public void advanced(long bytesRead, long records, long rejected) {
		this.records = records;
		if (this.bar != null) {
			this.bar.stepTo(bytesRead / MB);
			this.bar.setExtraMessage(String.format("%,d records, %,.0f/s, %,d rejected", records, rate(), rejected));
			return;
		}
		long now = System.nanoTime();
		if (now - this.lastLine >= LINE_INTERVAL.toNanos()) {
			this.lastLine = now;
			this.out.printf("%s: %,d MB read, %,d records (%,.0f/s), %,d rejected%n", this.task, bytesRead / MB,
					records, rate(), rejected);
		}
	}

	@Override
	public void finished() {
		if (this.bar != null) {
			this.bar.close();
		}
	}

	private double rate() {
		double seconds = Math.max(0.001, (System.nanoTime() - this.started) / 1e9);
		return this.records / seconds;
	}

}
