package org.stemsift.distribution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what the STEMsift update site carries and where each file goes in the Fiji folder: the STEMsift jar, the
 * runtime dependencies Fiji does not ship, and native jars under the per-platform folders the updater and Fiji's
 * launcher know ({@code jars/linux64/}, {@code jars/win64/}, {@code jars/macos-arm64/}).
 */
public final class SiteContents {

	/** A resolved Maven artifact; {@code classifier} is {@code null} for the main jar. */
	public record Artifact(String groupId, String artifactId, String version, String classifier, Path file) {

		public String coordinates() {
			return groupId + ":" + artifactId + ":" + version + (classifier == null ? "" : ":" + classifier);
		}

		String fileName() {
			return artifactId + "-" + version + (classifier == null ? "" : "-" + classifier) + ".jar";
		}
	}

	/** A file to publish: where it is installed, its source, its platform ({@code null}: all) and description. */
	public record SiteFile(String path, Path source, String platform, String description) {}

	/**
	 * Shipped by Fiji itself (the versions pom-scijava 45 manages, which Fiji installs in {@code jars/}): a second
	 * copy from this site would shadow Fiji's and could break other plugins. DJL runs with the JNA and gson versions
	 * Fiji has (checked in headless ImageJ2).
	 */
	static final Map<String, String> SHIPPED_BY_FIJI = Map.ofEntries(
			Map.entry("org.scijava:*", "SciJava core, Fiji's foundation"),
			Map.entry("net.imglib2:*", "ImgLib2, part of Fiji"),
			Map.entry("net.imagej:*", "ImageJ 1 and ImageJ2, part of Fiji"),
			Map.entry("org.slf4j:*", "logging API and binding: Fiji brings its own"),
			Map.entry("net.java.dev.jna:*", "JNA (jars/jna-5.x.jar): DJL works with Fiji's version"),
			Map.entry("com.google.code.gson:gson", "gson: in Fiji's jars/"),
			Map.entry("org.apache.commons:commons-math3", "commons-math3 3.6.1: in Fiji's jars/"),
			Map.entry("org.apache.commons:commons-compress", "commons-compress (DJL's archive reader): in Fiji's jars/"),
			Map.entry("commons-io:commons-io", "commons-io: in Fiji's jars/"),
			Map.entry("commons-codec:commons-codec", "commons-codec: in Fiji's jars/"),
			Map.entry("info.picocli:picocli", "picocli: in Fiji's jars/ (and only bin/stemsift's CLI uses it)"));

	/** Runtime dependencies that no STEMsift code path loads, so the site leaves them out. */
	static final Map<String, String> NOT_USED = Map.of(
			"com.epam:parso", "Smile's SAS file reader (smile.io), never called",
			"org.apache.commons:commons-csv", "Smile's CSV reader (smile.io), never called",
			"org.bytedeco:arpack-ng", "Smile's sparse eigen solver (ARPACK); STEMsift uses the dense LAPACK path only");

	/**
	 * Updater platform for each native classifier. PyTorch's CPU natives exist on Central for these three platforms
	 * only (no Intel macOS build of libtorch 2.7.1), so the site serves these three, and other platforms' natives of
	 * other libraries (OpenBLAS for {@code macosx-x86_64}) are left out.
	 */
	static final Map<String, String> PLATFORM_OF_CLASSIFIER = Map.of(
			"linux-x86_64", "linux64",
			"win-x86_64", "win64",
			"windows-x86_64", "win64",
			"osx-aarch64", "macos-arm64",
			"macosx-arm64", "macos-arm64");

	static final Set<String> UNSERVED_CLASSIFIERS = Set.of("macosx-x86_64");

	/** The platforms a complete site serves. */
	public static final List<String> PLATFORMS = List.of("linux64", "win64", "macos-arm64");

	/**
	 * Native artifacts whose other-platform jars are not Maven dependencies of the project (only the build
	 * platform's is), so the build fetches them separately: artifact key to the classifier per platform.
	 */
	static final Map<String, Map<String, String>> EXTRA_NATIVES = Map.of(
			"ai.djl.pytorch:pytorch-native-cpu", Map.of(
					"linux64", "linux-x86_64", "win64", "win-x86_64", "macos-arm64", "osx-aarch64"));

	private SiteContents() {}

	/**
	 * The files to publish, STEMsift's jar first.
	 *
	 * @param extraNatives folder holding the {@link #EXTRA_NATIVES} jars (named {@code artifactId-version-classifier.jar})
	 * @param platforms the platforms to serve; a native jar missing for one of them is an error
	 */
	public static List<SiteFile> plan(Path projectJar, String projectDescription, List<Artifact> dependencies,
			Path extraNatives, List<String> platforms) {
		if (!Files.isRegularFile(projectJar))
			throw new IllegalArgumentException("No STEMsift jar at " + projectJar + ": run mvn package first.");
		List<SiteFile> files = new ArrayList<>();
		files.add(new SiteFile("jars/" + projectJar.getFileName(), projectJar, null, projectDescription));
		for (Artifact artifact : dependencies) {
			String key = artifact.groupId() + ":" + artifact.artifactId();
			if (reason(SHIPPED_BY_FIJI, artifact) != null || NOT_USED.containsKey(key)) continue;
			if (artifact.classifier() == null) {
				files.add(new SiteFile("jars/" + artifact.fileName(), artifact.file(), null, describe(artifact)));
			} else if (EXTRA_NATIVES.containsKey(key)) {
				for (String platform : platforms) {
					String classifier = EXTRA_NATIVES.get(key).get(platform);
					if (classifier == null) throw new IllegalArgumentException("No " + key + " for " + platform);
					Artifact native_ = new Artifact(artifact.groupId(), artifact.artifactId(), artifact.version(),
							classifier, null);
					Path file = classifier.equals(artifact.classifier()) ? artifact.file()
							: extraNatives.resolve(native_.fileName());
					if (!Files.isRegularFile(file)) throw new IllegalArgumentException("Missing " +
							native_.coordinates() + " (" + file + "): build the site with mvn -Pupdate-site package, "
							+ "which downloads it.");
					files.add(nativeFile(native_, file, platform));
				}
			} else {
				String platform = PLATFORM_OF_CLASSIFIER.get(artifact.classifier());
				if (platform == null && !UNSERVED_CLASSIFIERS.contains(artifact.classifier()))
					throw new IllegalArgumentException("Unknown native classifier " + artifact.coordinates() +
							": add it to SiteContents.PLATFORM_OF_CLASSIFIER or UNSERVED_CLASSIFIERS.");
				if (platform != null && platforms.contains(platform)) files.add(nativeFile(artifact, artifact.file(), platform));
			}
		}
		return files;
	}

	private static SiteFile nativeFile(Artifact artifact, Path file, String platform) {
		return new SiteFile("jars/" + platform + "/" + artifact.fileName(), file, platform, describe(artifact));
	}

	private static String describe(Artifact artifact) {
		return "Dependency of STEMsift: " + artifact.coordinates() + " (Maven Central).";
	}

	/** Why Fiji already has this artifact, or {@code null}. */
	static String reason(Map<String, String> table, Artifact artifact) {
		String exact = table.get(artifact.groupId() + ":" + artifact.artifactId());
		return exact != null ? exact : table.get(artifact.groupId() + ":*");
	}

	// e.g. "   org.bytedeco:javacpp:jar:linux-x86_64:1.5.10:compile:/path/javacpp-1.5.10-linux-x86_64.jar -- module x"
	private static final Pattern LIST_LINE = Pattern.compile(
			"^([\\w.\\-]+):([\\w.\\-]+):jar(?::([\\w.\\-]+))?:([\\w.\\-]+):(?:compile|runtime):(.+?\\.jar)(?:\\s.*)?$");
	private static final Pattern ANSI = Pattern.compile("\u001B\\[[;\\d]*m");

	/**
	 * Parses the file {@code mvn dependency:list -DoutputAbsoluteArtifactFilename=true -DincludeScope=runtime}
	 * writes: one resolved artifact a line; other lines (the header) are skipped.
	 */
	public static List<Artifact> parseDependencyList(Path listFile) throws IOException {
		Map<String, Artifact> artifacts = new LinkedHashMap<>();
		for (String raw : Files.readAllLines(listFile)) {
			Matcher m = LIST_LINE.matcher(ANSI.matcher(raw).replaceAll("").trim());
			if (!m.matches()) continue;
			Artifact artifact = new Artifact(m.group(1), m.group(2), m.group(4), m.group(3), Path.of(m.group(5)));
			artifacts.put(artifact.coordinates(), artifact);
		}
		if (artifacts.isEmpty())
			throw new IllegalArgumentException(listFile + " lists no dependency jar: is it the output of " +
					"mvn dependency:list -DoutputAbsoluteArtifactFilename=true?");
		return new ArrayList<>(artifacts.values());
	}
}
