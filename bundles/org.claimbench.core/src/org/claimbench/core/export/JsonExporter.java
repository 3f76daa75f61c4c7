package org.claimbench.core.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

import org.claimbench.model.claims.ClaimsPackage;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.NamedElement;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * The same self-contained model as the XMI export, as JSON: every element an object with its
 * {@code type} (the EClass), its set attributes, its contained elements nested, and references
 * written as the {@code id} of their target.
 */
public class JsonExporter implements Exporter {

	@Override
	public byte[] export(Collection<Document> documents) throws IOException {
		SelfContainedCopy copy = SelfContainedCopy.of(documents);
		JsonObject root = new JsonObject();
		root.addProperty("model", ClaimsPackage.eNS_URI);
		root.add("documents", toArray(copy.documents()));
		root.add("schemas", toArray(copy.schemas()));
		String json = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root);
		return (json + "\n").getBytes(StandardCharsets.UTF_8);
	}

	private static JsonArray toArray(List<? extends EObject> elements) {
		JsonArray array = new JsonArray();
		elements.forEach(e -> array.add(toJson(e)));
		return array;
	}

	private static JsonObject toJson(EObject element) {
		JsonObject json = new JsonObject();
		json.addProperty("type", element.eClass().getName());
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
				json.add(feature.getName(), array);
			} else {
				json.add(feature.getName(), toJson(feature, value));
			}
		}
		return json;
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
