package org.claimbench.ui.internal.curation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.claimbench.core.ProjectContext;
import org.claimbench.core.agreement.AlignedStatement;
import org.claimbench.core.agreement.Statement;
import org.claimbench.core.curation.Curation;
import org.claimbench.model.claims.Document;
import org.claimbench.ui.internal.model.FileText;
import org.claimbench.ui.internal.model.ProjectModelLoader;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * Reads the coders' versions of a statement into one resource set of their own, linked against the project's
 * schemas and registers (and the other documents, when the versions name their claims), and aligns them.
 */
final class CurationLoad {

	private CurationLoad() {
	}

	static Curation of(CurationInput input) throws CoreException, IOException {
		XtextResourceSet set = ProjectModelLoader.newResourceSet();
		List<String> texts = new ArrayList<>();
		for (IFile version : input.versions()) {
			texts.add(FileText.read(version));
		}
		List<IFile> except = new ArrayList<>(input.versions());
		except.add(input.gold());
		ProjectModelLoader.loadContext(set, input.gold().getProject(), except,
				texts.stream().anyMatch(ProjectContext::refersToOtherFiles));
		List<Document> documents = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			Resource resource = set.createResource(ProjectModelLoader.uri(input.versions().get(i)));
			resource.load(new ByteArrayInputStream(texts.get(i).getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Document document)) {
				throw new IOException(input.versions().get(i).getName() + " holds no annotation document");
			}
			documents.add(document);
		}
		EcoreUtil.resolveAll(set);
		Statement statement = Statement.ordered(documents);
		if (statement == null) {
			throw new IOException("the versions code different source texts");
		}
		return new Curation(AlignedStatement.of(statement));
	}
}
