package org.claimbench.ui.internal.curation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.claimbench.core.ProjectContext;
import org.claimbench.core.SideBySideLinking;
import org.claimbench.core.agreement.AlignedStatement;
import org.claimbench.core.agreement.Statement;
import org.claimbench.core.curation.Curation;
import org.claimbench.core.curation.EarlierDecisions;
import org.claimbench.model.claims.Document;
import org.claimbench.workspace.internal.model.FileText;
import org.claimbench.workspace.internal.model.ProjectModelLoader;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * Reads the coders' versions of a statement into one resource set of their own, linked against the project's
 * schemas and registers (and the other documents, when the versions name their claims), and aligns them; a gold
 * saved earlier gives back the decisions it records, so that curation goes on where it stopped. The versions and the
 * gold are parsed side by side and linked side by side ({@link SideBySideLinking}).
 */
final class CurationLoad {

	private CurationLoad() {
	}

	/** The aligned versions, with the decisions a gold saved earlier records (null when there is none). */
	record Loaded(Curation curation, EarlierDecisions.Restored restored) {
	}

	static Loaded of(CurationInput input) throws CoreException, IOException {
		XtextResourceSet set = ProjectModelLoader.newResourceSet();
		List<String> texts = new ArrayList<>();
		for (IFile version : input.versions()) {
			texts.add(FileText.read(version));
		}
		List<IFile> except = new ArrayList<>(input.versions());
		except.add(input.gold());
		ProjectModelLoader.loadContext(set, input.gold().getProject(), except,
				texts.parallelStream().anyMatch(ProjectContext::refersToOtherFiles));
		// The gold saved earlier is read with the versions: a curation goes on where it stopped.
		List<IFile> files = new ArrayList<>(input.versions());
		if (input.gold().exists()) {
			files.add(input.gold());
			texts.add(FileText.read(input.gold()));
		}
		List<Resource> resources = new ArrayList<>();
		for (IFile file : files) {
			resources.add(set.createResource(ProjectModelLoader.uri(file)));
		}
		parseSideBySide(resources, texts);
		List<Document> documents = new ArrayList<>();
		for (int i = 0; i < input.versions().size(); i++) {
			Resource resource = resources.get(i);
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Document document)) {
				throw new IOException(input.versions().get(i).getName() + " holds no annotation document");
			}
			documents.add(document);
		}
		Resource goldResource = files.size() > input.versions().size() ? resources.get(resources.size() - 1) : null;
		Document gold = goldResource != null && !goldResource.getContents().isEmpty()
				&& goldResource.getContents().get(0) instanceof Document document ? document : null;
		try {
			SideBySideLinking.resolveAll(set, resources);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while linking the versions", e);
		}
		Statement statement = Statement.ordered(documents);
		if (statement == null) {
			throw new IOException("the versions code different source texts");
		}
		AlignedStatement aligned = AlignedStatement.of(statement);
		Curation curation = new Curation(aligned);
		return new Loaded(curation, gold == null ? null : EarlierDecisions.restore(curation, gold));
	}

	/**
	 * Parses the texts into the resources, side by side: parsing a resource touches only that resource (links stay
	 * proxies until resolved), so three long documents take little longer than one.
	 */
	private static void parseSideBySide(List<Resource> resources, List<String> texts) throws IOException {
		ExecutorService parsers = Executors.newFixedThreadPool(Math.min(resources.size(), Runtime.getRuntime().availableProcessors()));
		try {
			List<Future<?>> parsed = new ArrayList<>();
			for (int i = 0; i < resources.size(); i++) {
				Resource resource = resources.get(i);
				byte[] bytes = texts.get(i).getBytes(StandardCharsets.UTF_8);
				parsed.add(parsers.submit(() -> {
					resource.load(new ByteArrayInputStream(bytes), Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
					return null;
				}));
			}
			for (Future<?> done : parsed) {
				done.get();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while reading the versions", e);
		} catch (ExecutionException e) {
			throw e.getCause() instanceof IOException io ? io : new IOException(String.valueOf(e.getCause().getMessage()), e.getCause());
		} finally {
			parsers.shutdown();
		}
	}
}
