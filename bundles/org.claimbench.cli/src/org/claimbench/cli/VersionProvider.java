package org.claimbench.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.util.jar.Manifest;

import picocli.CommandLine.IVersionProvider;

/** The bundle version of this command, read from its own manifest (jar or folder). */
public class VersionProvider implements IVersionProvider {

	@Override
	public String[] getVersion() {
		return new String[] { "claimbench " + bundleVersion(), "Java " + System.getProperty("java.version") };
	}

	public static String bundleVersion() {
		URL self = Main.class.getResource(Main.class.getSimpleName() + ".class");
		if (self != null) {
			String classPath = Main.class.getName().replace('.', '/') + ".class";
			String location = self.toString();
			String root = location.substring(0, location.length() - classPath.length());
			for (String candidate : new String[] { root + "META-INF/MANIFEST.MF", root + "../META-INF/MANIFEST.MF" }) {
				try (InputStream in = URI.create(candidate).toURL().openStream()) {
					String version = new Manifest(in).getMainAttributes().getValue("Bundle-Version");
					if (version != null) {
						return version;
					}
				} catch (IOException e) {
					// Try the next place a manifest can be: beside the classes in a jar, or above bin/ in a folder.
				}
			}
		}
		return "(unknown version)";
	}
}
