package org.claimbench.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the driver logged in one run: the state it started from (line 0) and each step once made, with the time, the
 * fingerprint of the document's claims after it and, for the start and for saves, the fingerprint of the file's bytes.
 * A line cut short by the kill is ignored: the driver forces each whole line to disk before its next step.
 */
record EditLog(List<Step> steps) {

	record Step(int index, long millis, String action, String fingerprint, int claims, String disk) {

		boolean isSave() {
			return action.equals("save");
		}
	}

	static EditLog read(Path file) throws IOException {
		List<Step> steps = new ArrayList<>();
		if (!Files.exists(file)) {
			return new EditLog(steps);
		}
		String text = Files.readString(file, StandardCharsets.UTF_8);
		// Only whole lines: the last one may be being written as this reads.
		for (String line : text.substring(0, text.lastIndexOf('\n') + 1).split("\n")) {
			String[] fields = line.split("\t", -1);
			if (fields.length < 6) {
				continue;
			}
			String disk = fields[5].startsWith("disk=") ? fields[5].substring("disk=".length()) : null;
			steps.add(new Step(Integer.parseInt(fields[0]), Long.parseLong(fields[1]), fields[2], fields[3],
					Integer.parseInt(fields[4]), disk));
		}
		return new EditLog(steps);
	}

	/** The edits made after the start. */
	int edits() {
		return Math.max(0, steps.size() - 1);
	}

	/** The latest step whose state is the one fingerprinted, or -1 when the driver never had that state. */
	int lastWithState(String fingerprint) {
		for (int i = steps.size() - 1; i >= 0; i--) {
			if (steps.get(i).fingerprint().equals(fingerprint)) {
				return i;
			}
		}
		return -1;
	}

	/** The latest step made at or before the moment (0, the start, when none). */
	int lastMadeBy(long millis) {
		int last = 0;
		for (Step step : steps) {
			if (step.millis() <= millis) {
				last = step.index();
			}
		}
		return last;
	}

	/**
	 * Whether an edit made at or before the moment is not saved: killed now, a workbench that kept nothing would show
	 * an older state, which the check tells apart.
	 */
	boolean unsavedEditMadeBy(long millis) {
		int last = lastMadeBy(millis);
		int lastSave = steps.stream().filter(Step::isSave).mapToInt(Step::index).max().orElse(0);
		return last >= 1 && last > lastSave;
	}

	/** Fingerprints of every version of the file the driver saw on disk: the start's and each save's. */
	List<String> diskVersions() {
		return steps.stream().map(Step::disk).filter(d -> d != null).toList();
	}
}
