package org.claimbench.ui.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;

/**
 * Says what the UI thread was doing when a flush found no end of events: samples of its stack, the SWT events it
 * dispatched and the jobs that were running, printed to the test log so a run on another machine shows where the
 * events came from. At the end of the run it says how many flushes were cut short.
 */
final class BusyDispatchReport implements AutoCloseable {

	private static final int MAX_REPORTS = 4;
	private static final int[] EVENT_TYPES = { SWT.Paint, SWT.Resize, SWT.Move, SWT.Show, SWT.Hide, SWT.Activate,
			SWT.Deactivate, SWT.FocusIn, SWT.FocusOut, SWT.Modify, SWT.Selection, SWT.Settings, SWT.MouseMove,
			SWT.MouseEnter, SWT.MouseExit, SWT.Verify, SWT.Expand, SWT.Collapse, SWT.SetData, SWT.MeasureItem,
			SWT.PaintItem, SWT.EraseItem };
	private static final ScheduledExecutorService SAMPLER = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "busy-dispatch-sampler");
		thread.setDaemon(true);
		return thread;
	});
	private static final AtomicInteger FLUSHES = new AtomicInteger();
	private static final AtomicInteger CUT_SHORT = new AtomicInteger();
	private static Map<String, Integer> events;
	private static boolean listening;

	private final Thread ui = Thread.currentThread();
	private final Map<String, Integer> stacks = new ConcurrentHashMap<>();
	private final ScheduledFuture<?> sampling;
	private boolean cutShort;

	private BusyDispatchReport() {
		sampling = SAMPLER.scheduleAtFixedRate(() -> {
			if (stacks.size() < 40) {
				stacks.merge(render(ui.getStackTrace()), 1, Integer::sum);
			}
		}, 300, 100, TimeUnit.MILLISECONDS);
	}

	/** Starts watching a flush on the calling (UI) thread. */
	static BusyDispatchReport start(Display display) {
		if (!listening) {
			listening = true;
			for (int type : EVENT_TYPES) {
				display.addFilter(type, event -> {
					if (events != null) {
						events.merge(event.type + " " + (event.widget == null ? "-" : event.widget.getClass().getSimpleName()), 1,
								Integer::sum);
					}
				});
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.println("[busy-dispatch] " + CUT_SHORT.get()
					+ " of " + FLUSHES.get() + " flushes found no end of events and were cut short")));
		}
		events = new LinkedHashMap<>();
		return new BusyDispatchReport();
	}

	void cutShort() {
		cutShort = true;
	}

	@Override
	public void close() {
		sampling.cancel(false);
		FLUSHES.incrementAndGet();
		Map<String, Integer> seen = events;
		events = null;
		if (cutShort && CUT_SHORT.incrementAndGet() <= MAX_REPORTS) {
			print(seen);
		}
	}

	private void print(Map<String, Integer> seen) {
		StringBuilder out = new StringBuilder("[busy-dispatch] events did not stop; SWT events dispatched: ").append(seen)
				.append("\n  jobs:");
		for (Job job : Job.getJobManager().find(null)) {
			out.append(" [").append(job.getName()).append(" state ").append(job.getState()).append(']');
		}
		out.append("\n  samples of the UI thread:\n");
		List<Map.Entry<String, Integer>> sorted = new ArrayList<>(stacks.entrySet());
		sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
		for (Map.Entry<String, Integer> stack : sorted.subList(0, Math.min(6, sorted.size()))) {
			out.append("  ").append(stack.getValue()).append("x\n").append(stack.getKey());
		}
		System.err.print(out);
		System.err.flush();
	}

	private static String render(StackTraceElement[] stack) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < Math.min(stack.length, 30); i++) {
			text.append("      at ").append(stack[i]).append('\n');
		}
		return text.toString();
	}
}
