package org.claimbench.core.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;

import org.claimbench.model.claims.Document;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * Writes documents as one self-contained XMI file under the model's nsURI, loadable by any EMF
 * tool that has the ClaimBench EPackage, without the DSL.
 */
public class XmiExporter implements Exporter {

	@Override
	public byte[] export(Collection<Document> documents) throws IOException {
		XMIResourceImpl resource = new XMIResourceImpl(URI.createURI("claimbench-export.xmi"));
		resource.getContents().addAll(SelfContainedCopy.of(documents).roots());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, Map.of(XMLResource.OPTION_ENCODING, StandardCharsets.UTF_8.name(),
				XMLResource.OPTION_LINE_WIDTH, 100));
		return out.toByteArray();
	}
}
