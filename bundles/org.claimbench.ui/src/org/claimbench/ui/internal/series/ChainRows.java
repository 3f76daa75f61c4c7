package org.claimbench.ui.internal.series;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.claimbench.core.series.CommitmentChains.Appearance;
import org.claimbench.core.series.CommitmentChains.Chain;
import org.claimbench.core.series.Escalation;
import org.claimbench.core.series.WordDiff;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.Document;
import org.claimbench.workspace.internal.model.ProjectDocuments;

/** The rows the Series view shows for a chain, worded as {@code claimbench track} words them. */
final class ChainRows {

	private ChainRows() {
	}

	static List<ChainRow> of(Chain chain, Claim chosen) {
		List<ChainRow> rows = new ArrayList<>();
		Appearance previous = null;
		for (Appearance appearance : chain.appearances()) {
			String wording;
			String change = "";
			if (previous == null) {
				wording = appearance.quote();
			} else {
				wording = WordDiff.same(previous.quote(), appearance.quote()) ? appearance.quote()
						: WordDiff.of(previous.quote(), appearance.quote());
				change = Escalation.between(previous.claim(), appearance.claim()).stream().map(Escalation::describe)
						.collect(Collectors.joining("; "));
			}
			Claim claim = appearance.claim();
			rows.add(new ChainRow(date(appearance.statement()), appearance.statement().getName(), claim.getName(),
					claim.getKind() == null || claim.getKind().eIsProxy() ? "" : claim.getKind().getName(),
					previous == null ? ChainRow.FIRST : appearance.relation(), wording, change,
					ProjectDocuments.fileOf(appearance.statement()), claim == chosen));
			previous = appearance;
		}
		Document dropped = chain.notRestatedIn();
		if (dropped != null) {
			rows.add(new ChainRow(date(dropped), dropped.getName(), null, "", ChainRow.DROPPED, "",
					"not restated by the same parties", ProjectDocuments.fileOf(dropped), false));
		}
		return rows;
	}

	static String date(Document document) {
		return document.getDate() == null ? "undated" : document.getDate();
	}
}
