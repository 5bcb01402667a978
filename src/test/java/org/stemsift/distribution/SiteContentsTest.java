package org.stemsift.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemsift.distribution.SiteContents.Artifact;
import org.stemsift.distribution.SiteContents.SiteFile;

/** Which artifacts go on the site, and where. */
class SiteContentsTest {

	@TempDir
	Path dir;

	@Test
	void parsesMavenDependencyListIncludingColoursModulesAndWindowsPaths() throws Exception {
		Path list = Files.writeString(dir.resolve("list.txt"), """

				The following files have been resolved:
				   ai.djl:api:jar:0.35.1:compile:/m2/ai/djl/api/0.35.1/api-0.35.1.jar\u001B[36m -- module ai.djl.api\u001B[0;1m [auto]\u001B[m
				   org.bytedeco:javacpp:jar:linux-x86_64:1.5.10:runtime:C:\\m2\\javacpp-1.5.10-linux-x86_64.jar -- module x
				   org.slf4j:slf4j-api:jar:2.0.17:compile:/m2/slf4j-api-2.0.17.jar
				""");
		List<Artifact> artifacts = SiteContents.parseDependencyList(list);
		assertEquals(List.of(
				new Artifact("ai.djl", "api", "0.35.1", null, Path.of("/m2/ai/djl/api/0.35.1/api-0.35.1.jar")),
				new Artifact("org.bytedeco", "javacpp", "1.5.10", "linux-x86_64",
						Path.of("C:\\m2\\javacpp-1.5.10-linux-x86_64.jar")),
				new Artifact("org.slf4j", "slf4j-api", "2.0.17", null, Path.of("/m2/slf4j-api-2.0.17.jar"))), artifacts);

		Path empty = Files.writeString(dir.resolve("empty.txt"), "The following files have been resolved:\n   none\n");
		assertThrows(IllegalArgumentException.class, () -> SiteContents.parseDependencyList(empty));
	}

	@Test
	void leavesOutWhatFijiShipsAndPlacesNativesPerPlatform() throws Exception {
		Path natives = Files.createDirectories(dir.resolve("natives"));
		Files.writeString(natives.resolve("pytorch-native-cpu-2.7.1-win-x86_64.jar"), "w");
		Files.writeString(natives.resolve("pytorch-native-cpu-2.7.1-osx-aarch64.jar"), "m");
		List<Artifact> deps = List.of(
				artifact("ai.djl", "api", "0.35.1", null),
				artifact("net.java.dev.jna", "jna", "5.14.0", null),
				artifact("com.google.code.gson", "gson", "2.10.1", null),
				artifact("org.scijava", "scijava-common", "2.99.0", null),
				artifact("com.epam", "parso", "2.0.14", null),
				artifact("org.bytedeco", "arpack-ng", "3.9.1-1.5.10", "linux-x86_64"),
				artifact("ai.djl.pytorch", "pytorch-native-cpu", "2.7.1", "linux-x86_64"),
				artifact("org.bytedeco", "openblas", "0.3.26-1.5.10", "windows-x86_64"),
				artifact("org.bytedeco", "openblas", "0.3.26-1.5.10", "macosx-x86_64"),
				artifact("org.bytedeco", "openblas", "0.3.26-1.5.10", "macosx-arm64"));
		Path jar = Files.writeString(dir.resolve("stemsift-1.0.jar"), "jar");
		List<SiteFile> files = SiteContents.plan(jar, "STEMsift", deps, natives, SiteContents.PLATFORMS);

		Map<String, String> platformOf = new TreeMap<>();
		for (SiteFile f : files) platformOf.put(f.path(), String.valueOf(f.platform()));
		assertEquals(new TreeMap<>(Map.of(
				"jars/stemsift-1.0.jar", "null",
				"jars/api-0.35.1.jar", "null",
				"jars/linux64/pytorch-native-cpu-2.7.1-linux-x86_64.jar", "linux64",
				"jars/win64/pytorch-native-cpu-2.7.1-win-x86_64.jar", "win64",
				"jars/macos-arm64/pytorch-native-cpu-2.7.1-osx-aarch64.jar", "macos-arm64",
				"jars/win64/openblas-0.3.26-1.5.10-windows-x86_64.jar", "win64",
				"jars/macos-arm64/openblas-0.3.26-1.5.10-macosx-arm64.jar", "macos-arm64")), platformOf);
		assertEquals(jar, files.get(0).source());
		assertEquals(natives.resolve("pytorch-native-cpu-2.7.1-win-x86_64.jar"),
				files.stream().filter(f -> "win64".equals(f.platform())).findFirst().orElseThrow().source());
		assertTrue(files.get(1).description().contains("ai.djl:api:0.35.1"));
	}

	@Test
	void aLinuxOnlySiteNeedsNoOtherNatives() throws IOException {
		List<SiteFile> files = SiteContents.plan(Files.writeString(dir.resolve("s-1.jar"), "jar"), "S",
				List.of(artifact("ai.djl.pytorch", "pytorch-native-cpu", "2.7.1", "linux-x86_64")), dir.resolve("none"),
				List.of("linux64"));
		assertEquals(List.of("jars/s-1.jar", "jars/linux64/pytorch-native-cpu-2.7.1-linux-x86_64.jar"),
				files.stream().map(SiteFile::path).toList());
	}

	@Test
	void refusesMissingInputsAndUnknownClassifiers() throws IOException {
		assertThrows(IllegalArgumentException.class, () -> SiteContents.plan(dir.resolve("absent-1.jar"), "S", List.of(),
				dir, SiteContents.PLATFORMS));
		Files.writeString(dir.resolve("s-1.jar"), "jar");
		List<Artifact> torch = List.of(artifact("ai.djl.pytorch", "pytorch-native-cpu", "2.7.1", "linux-x86_64"));
		IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
				() -> SiteContents.plan(dir.resolve("s-1.jar"), "S", torch, dir, SiteContents.PLATFORMS));
		assertTrue(missing.getMessage().contains("-Pupdate-site"), missing.getMessage());

		List<Artifact> riscv = List.of(artifact("org.bytedeco", "openblas", "0.3.26-1.5.10", "linux-riscv64"));
		assertThrows(IllegalArgumentException.class,
				() -> SiteContents.plan(dir.resolve("s-1.jar"), "S", riscv, dir, SiteContents.PLATFORMS));
	}

	private Artifact artifact(String group, String id, String version, String classifier) throws IOException {
		String name = id + "-" + version + (classifier == null ? "" : "-" + classifier) + ".jar";
		Path file = Files.createDirectories(dir.resolve("m2")).resolve(name);
		Files.writeString(file, name);
		return new Artifact(group, id, version, classifier, file);
	}
}
