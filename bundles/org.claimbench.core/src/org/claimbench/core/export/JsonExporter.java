package org.claimbench.core.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.claimbench.model.claims.ClaimsPackage;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.NamedElement;
import org.claimbench.model.claims.Schema;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * The same self-contained model as the XMI export, as JSON in the format {@value #FORMAT}: every
 * element an object with its {@code class} (the EClass), its set attributes, its contained elements
 * nested, and references written as the {@code id} of their target. The doc bundle's
 * {@code schema/claimbench-json-1.schema.json} specifies it; a change that breaks a reader of it
 * needs a new format version.
 */
public class JsonExporter implements Exporter {

	/** Written as the top-level {@code format}; readers check it before anything else. */
	public static final String FORMAT = "claimbench-json/1";

	/**
	 * JSON names for the features whose model names mean different things on different classes: a
	 * document's {@code source} is the path of its text, a relation's {@code source} and {@code target}
	 * are claims.
	 */
	private static final Map<EStructuralFeature, String> RENAMED = Map.of(
			ClaimsPackage.Literals.DOCUMENT__SOURCE, "sourceText",
			ClaimsPackage.Literals.RELATION__SOURCE, "sourceClaim",
			ClaimsPackage.Literals.RELATION__TARGET, "targetClaim");

	@Override
	public byte[] export(Collection<Document> documents) throws IOException {
		SelfContainedCopy copy = SelfContainedCopy.of(documents);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (JsonFrame frame = new JsonFrame(out)) {
			for (Document document : copy.documents()) {
				frame.add(document);
			}
			frame.startSchemas();
			for (Schema schema : copy.schemas()) {
				frame.add(schema);
			}
		}
		return out.toByteArray();
	}

	static JsonObject toJson(EObject element) {
		JsonObject json = new JsonObject();
		// "class", not "type": attribute definitions and type references have a feature named type.
		json.addProperty("class", element.eClass().getName());
		if (element instanceof NamedElement) {
			json.addProperty("id", ElementIds.of(element));
		}
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			if (feature.isDerived() || feature.isTransient() || !element.eIsSet(feature)) {
				continue;
			}
			Object value = element.eGet(feature);
			if (feature.isMany()) {
				JsonArray array = new JsonArray();
				((List<?>) value).forEach(item -> array.add(toJson(feature, item)));
				json.add(name(feature), array);
			} else {
				json.add(name(feature), toJson(feature, value));
			}
		}
		return json;
	}

	private static String name(EStructuralFeature feature) {
		return RENAMED.getOrDefault(feature, feature.getName());
	}

	private static JsonElement toJson(EStructuralFeature feature, Object value) {
		if (feature instanceof EReference reference) {
			EObject target = (EObject) value;
			return reference.isContainment() ? toJson(target) : new JsonPrimitive(ElementIds.of(target));
		}
		if (value instanceof Number number) {
			return new JsonPrimitive(number);
		}
		if (value instanceof Boolean bool) {
			return new JsonPrimitive(bool);
		}
		if (value instanceof Enumerator literal) {
			return new JsonPrimitive(literal.getName());
		}
		return new JsonPrimitive(String.valueOf(value));
	}
}
