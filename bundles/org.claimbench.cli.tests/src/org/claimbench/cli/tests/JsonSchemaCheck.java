package org.claimbench.cli.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** A JSON Schema read from a bundle of the test runtime, checking JSON text with networknt's validator. */
final class JsonSchemaCheck {

	private final Schema schema;

	private JsonSchemaCheck(Schema schema) {
		this.schema = schema;
	}

	/** The schema file {@code path} inside bundle {@code symbolicName}; its own {@code $schema} says which draft. */
	static JsonSchemaCheck fromBundle(String symbolicName, String path) throws IOException {
		Bundle bundle = Platform.getBundle(symbolicName);
		if (bundle == null) {
			throw new IOException("bundle " + symbolicName + " is not in the test runtime");
		}
		URL entry = bundle.getEntry(path);
		if (entry == null) {
			throw new IOException(path + " is not in bundle " + symbolicName);
		}
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
		try (InputStream in = entry.openStream()) {
			return new JsonSchemaCheck(registry.getSchema(in, InputFormat.JSON));
		}
	}

	/** Every violation of the schema, each naming the place in the instance and the rule it breaks. */
	List<Error> errors(String json) {
		return schema.validate(json, InputFormat.JSON);
	}
}
