package org.claimbench.core.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.claimbench.model.claims.ClaimsPackage;
import org.eclipse.emf.ecore.EObject;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.stream.JsonWriter;

/**
 * The JSON export's top-level object written as it goes: the header, then the documents one by one, then the
 * schemas, so that a large export never holds its whole JSON tree or text. The output is the same as pretty
 * printing the whole tree at once.
 */
final class JsonFrame implements Closeable {

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

	private final Writer text;
	private final JsonWriter json;

	JsonFrame(OutputStream out) throws IOException {
		text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		json = GSON.newJsonWriter(text);
		json.beginObject();
		json.name("format").value(JsonExporter.FORMAT);
		json.name("model").value(ClaimsPackage.eNS_URI);
		json.name("documents").beginArray();
	}

	/** A document while the documents are written, a schema after {@link #startSchemas()}. */
	void add(EObject root) {
		GSON.toJson(JsonExporter.toJson(root), json);
	}

	void startSchemas() throws IOException {
		json.endArray();
		json.name("schemas").beginArray();
	}

	/** Ends the object and flushes it; the stream stays open for its owner. */
	@Override
	public void close() throws IOException {
		json.endArray();
		json.endObject();
		json.flush();
		text.write("\n");
		text.flush();
	}
}
