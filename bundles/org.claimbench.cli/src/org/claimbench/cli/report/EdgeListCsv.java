package org.claimbench.cli.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

import org.claimbench.core.export.NetworkExporter;
import org.claimbench.core.io.CsvCell;
import org.claimbench.core.network.NetworkSource;
import org.claimbench.core.network.NetworkSpec;

/**
 * A network's edges as CSV (cells quoted as RFC 4180 says, one edge a line): source and target node ids,
 * type, weight, then one column per further edge data name (a relation's kind, a statement's
 * qualifier, the concepts actors agree or conflict on), sorted by name so the columns do not move.
 */
public class EdgeListCsv extends NetworkExporter {

	public EdgeListCsv(NetworkSpec spec) {
		super(spec);
	}

	@Override
	public void write(NetworkSource network, OutputStream out) throws IOException {
		Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		SortedSet<String> extra = network.edgeKeys();
		List<String> header = new ArrayList<>(List.of("source", "target", "type", "weight"));
		header.addAll(extra);
		row(header, csv);
		network.forEachEdge(edge -> {
			List<String> cells = new ArrayList<>(List.of(edge.source(), edge.target(), edge.type(), String.valueOf(edge.weight())));
			extra.forEach(name -> cells.add(edge.data().getOrDefault(name, "")));
			row(cells, csv);
		});
		csv.flush();
	}

	private static void row(List<String> cells, Writer csv) throws IOException {
		csv.append(String.join(",", cells.stream().map(CsvCell::of).toList())).append('\n');
	}
}
