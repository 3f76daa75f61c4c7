package org.claimbench.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the driver found after a restart: the fingerprint and listing of the claims in the sample's annotation editor,
 * whether the editor is dirty, the file's bytes and claims on disk, a {@code .recovered} copy's claims, and the text of each restore dialog with the button pressed.
 */
record RestoreReport(String fingerprint, boolean dirty, String disk, boolean diskSyntaxErrors, String diskFingerprint,
		String recovered, List<String> dialogs, List<String> claims) {

	static RestoreReport read(Path file) throws IOException {
		String fingerprint = null;
		String disk = null;
		String recovered = null;
		String diskFingerprint = null;
		boolean dirty = false;
		boolean syntaxErrors = true;
		List<String> dialogs = new ArrayList<>();
		List<String> claims = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			String[] field = line.split("\t", 2);
			String value = field.length > 1 ? field[1] : "";
			switch (field[0]) {
			case "fingerprint" -> fingerprint = value;
			case "dirty" -> dirty = Boolean.parseBoolean(value);
			case "disk" -> disk = value;
			case "disk-syntax-errors" -> syntaxErrors = Boolean.parseBoolean(value);
			case "recovered" -> recovered = value;
			case "disk-fingerprint" -> diskFingerprint = value;
			case "dialog" -> dialogs.add(value);
			case "claim" -> claims.add(value);
			default -> {
			}
			}
		}
		return new RestoreReport(fingerprint, dirty, disk, syntaxErrors, diskFingerprint, recovered, dialogs, claims);
	}
}
