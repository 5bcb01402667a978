package org.stemsift.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stemsift.distribution.SiteContents.Artifact;
import org.stemsift.distribution.SiteContents.SiteFile;
import org.stemsift.distribution.UpdateSiteRecord.Dependency;
import org.stemsift.distribution.UpdateSiteRecord.PreviousVersion;

/**
 * Builds a site into target/ from real jars on the test class path (STEMsift's own classes packed into a small jar,
 * JTransforms, JLargeArrays, JavaCPP and its Linux natives, and gson, which Fiji ships), then reads it back as the
 * updater would: the index validated against its DTD, every stored file's size and checksum recomputed.
 */
class UpdateSiteWriterTest {

	private static final Path SITE = Path.of("target", "update-site-test");
	private static final long FIRST = 20260101120000L, SECOND = 20260202120000L, THIRD = 20260303120000L;

	private Path projectJar;
	private List<Artifact> dependencies;

	@BeforeEach
	void inputs() throws Exception {
		deleteRecursively(SITE);
		projectJar = packClasses(Path.of("target", "update-site-test-input", "stemsift-9.9.jar"), false);
		dependencies = List.of(
				artifact("com.github.wendykierp", "JTransforms", "3.1", null, "org/jtransforms/fft/DoubleFFT_2D.class"),
				artifact("pl.edu.icm", "JLargeArrays", "1.5", null, "pl/edu/icm/jlargearrays/LargeArray.class"),
				artifact("com.google.code.gson", "gson", "2.10.1", null, "com/google/gson/Gson.class"),
				artifact("org.bytedeco", "javacpp", "1.5.10", null, "org/bytedeco/javacpp/Loader.class"),
				artifact("org.bytedeco", "javacpp", "1.5.10", "linux-x86_64",
						"org/bytedeco/javacpp/linux-x86_64/libjnijavacpp.so"));
	}

	@Test
	void siteReadsBackValidWithMatchingChecksumsSizesAndLayout() throws Exception {
		List<UpdateSiteRecord> written = publish(projectJar, dependencies, FIRST);
		List<UpdateSiteRecord> records = readAndVerify();
		assertEquals(written, records);

		Map<String, UpdateSiteRecord> byName = byFilename(records);
		assertEquals(Set.of("jars/stemsift-9.9.jar", "jars/JTransforms-3.1.jar", "jars/JLargeArrays-1.5.jar",
				"jars/javacpp-1.5.10.jar", "jars/linux64/javacpp-1.5.10-linux-x86_64.jar"), byName.keySet());
		assertEquals(List.of("linux64"), byName.get("jars/linux64/javacpp-1.5.10-linux-x86_64.jar").platforms());
		assertEquals(List.of(), byName.get("jars/JTransforms-3.1.jar").platforms());
		assertEquals(List.of(new Dependency("jars/JTransforms.jar", FIRST), new Dependency("jars/JLargeArrays.jar", FIRST),
				new Dependency("jars/javacpp.jar", FIRST)), byName.get("jars/stemsift-9.9.jar").dependencies());
		assertEquals("STEMsift test", byName.get("jars/stemsift-9.9.jar").description());
		for (UpdateSiteRecord r : records) assertEquals(FIRST, r.current().timestamp());

		// the index carries the DTD the updater's XMLFileWriter embeds, and nothing else is in the folder
		String xml = new String(new GZIPInputStream(Files.newInputStream(SITE.resolve("db.xml.gz"))).readAllBytes(),
				StandardCharsets.UTF_8);
		assertTrue(xml.contains(UpdateSiteIndex.DOCTYPE + "\n<pluginRecords>"), xml.substring(0, 200));
		Set<String> expectedFiles = new TreeSet<>(Set.of("db.xml.gz"));
		for (UpdateSiteRecord r : records) expectedFiles.add(r.storedName());
		assertEquals(expectedFiles, filesIn(SITE));
	}

	@Test
	void republishingKeepsUnchangedFilesAndRecordsHistory() throws Exception {
		publish(projectJar, dependencies, FIRST);
		List<UpdateSiteRecord> first = readAndVerify();

		// the same inputs later: nothing changes, so users see no update
		publish(projectJar, dependencies, SECOND);
		assertEquals(first, readAndVerify());

		// a new STEMsift build, JLargeArrays dropped
		Path rebuilt = packClasses(Path.of("target", "update-site-test-input", "stemsift-9.9.jar"), true);
		publish(rebuilt, dependencies.stream().filter(a -> !a.artifactId().equals("JLargeArrays")).toList(), THIRD);
		Map<String, UpdateSiteRecord> before = byFilename(first), after = byFilename(readAndVerify());

		UpdateSiteRecord stemsift = after.get("jars/stemsift-9.9.jar");
		assertEquals(THIRD, stemsift.current().timestamp());
		assertNotEquals(before.get("jars/stemsift-9.9.jar").current().checksum(), stemsift.current().checksum());
		assertEquals(List.of(new PreviousVersion("jars/stemsift-9.9.jar", FIRST, THIRD,
				before.get("jars/stemsift-9.9.jar").current().checksum())), stemsift.previous());
		assertEquals(FIRST, after.get("jars/JTransforms-3.1.jar").current().timestamp());
		assertEquals(List.of(), after.get("jars/JTransforms-3.1.jar").previous());

		UpdateSiteRecord removed = after.get("jars/JLargeArrays-1.5.jar");
		assertNull(removed.current(), "a dropped file stays as a record without version, so the updater removes it");
		assertEquals(List.of(new PreviousVersion("jars/JLargeArrays-1.5.jar", FIRST, THIRD,
				before.get("jars/JLargeArrays-1.5.jar").current().checksum())), removed.previous());
		assertTrue(stemsift.dependencies().stream().noneMatch(d -> d.filename().contains("JLargeArrays")));
	}

	@Test
	void validationRejectsAnIndexThatBreaksTheDtd() throws Exception {
		Files.createDirectories(SITE);
		Path bad = SITE.resolve("bad.xml.gz");
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bad))) {
			out.write(("<?xml version=\"1.0\"?>\n" + UpdateSiteIndex.DOCTYPE + "\n<pluginRecords><plugin filename=\"x\">" +
					"<version timestamp=\"1\" filesize=\"1\"/></plugin></pluginRecords>").getBytes(StandardCharsets.UTF_8));
		}
		IOException e = assertThrows(IOException.class, () -> UpdateSiteIndex.read(bad, true));
		assertTrue(e.getMessage().contains("checksum"), e.getMessage());
		assertEquals(1, UpdateSiteIndex.read(bad, false).size(), "without validation the same file parses");
	}

	private List<UpdateSiteRecord> publish(Path jar, List<Artifact> deps, long timestamp) throws IOException {
		List<SiteFile> files = SiteContents.plan(jar, "STEMsift test", deps, SITE.resolve("no-extra-natives"),
				List.of("linux64"));
		return new UpdateSiteWriter(SITE, timestamp).write(files);
	}

	/** Reads the index with DTD validation and checks every stored file against its record. */
	private static List<UpdateSiteRecord> readAndVerify() throws IOException {
		List<UpdateSiteRecord> records = UpdateSiteIndex.read(SITE.resolve("db.xml.gz"), true);
		for (UpdateSiteRecord r : records) {
			if (r.current() == null) continue;
			Path stored = SITE.resolve(r.storedName());
			assertTrue(Files.isRegularFile(stored), stored.toString());
			assertEquals(r.current().filesize(), Files.size(stored), stored.toString());
			assertEquals(r.current().checksum(), UpdaterChecksum.of(r.filename(), stored), stored.toString());
			assertTrue(String.valueOf(r.current().timestamp()).matches("20\\d{12}"));
		}
		return records;
	}

	private static Map<String, UpdateSiteRecord> byFilename(List<UpdateSiteRecord> records) {
		return records.stream().collect(Collectors.toMap(UpdateSiteRecord::filename, Function.identity()));
	}

	/** STEMsift's distribution classes as a small jar; {@code extra} adds an entry, as a new build would. */
	private static Path packClasses(Path jar, boolean extra) throws IOException {
		Files.createDirectories(jar.getParent());
		Path classes = Path.of("target", "classes", "org", "stemsift", "distribution");
		try (OutputStream file = Files.newOutputStream(jar);
				JarOutputStream out = new JarOutputStream(file, new Manifest());
				Stream<Path> list = Files.list(classes)) {
			for (Path c : list.sorted().toList()) {
				out.putNextEntry(new ZipEntry("org/stemsift/distribution/" + c.getFileName()));
				out.write(Files.readAllBytes(c));
			}
			if (extra) {
				out.putNextEntry(new ZipEntry("org/stemsift/distribution/build.txt"));
				out.write("second build".getBytes(StandardCharsets.UTF_8));
			}
		}
		return jar;
	}

	/** The jar on the test class path that holds {@code resource}, as the Maven artifact it is. */
	private static Artifact artifact(String group, String id, String version, String classifier, String resource)
			throws Exception {
		URL url = UpdateSiteWriterTest.class.getClassLoader().getResource(resource);
		assertNotNull(url, resource);
		String jarUrl = url.toString();
		assertTrue(jarUrl.startsWith("jar:file:"), jarUrl);
		Path jar = Path.of(new URL(jarUrl.substring(4, jarUrl.indexOf("!/"))).toURI());
		return new Artifact(group, id, version, classifier, jar);
	}

	private static Set<String> filesIn(Path dir) throws IOException {
		try (Stream<Path> walk = Files.walk(dir)) {
			return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
					.collect(Collectors.toCollection(TreeSet::new));
		}
	}

	private static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) return;
		try (Stream<Path> walk = Files.walk(dir)) {
			List<Path> all = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
			for (Path p : all) Files.delete(p);
		}
	}
}
