package org.stemsift.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.scijava.ItemIO;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.service.Service;
import org.stemsift.cli.Main;
import org.stemsift.fiji.ClassifyPatchesPlugin;
import org.stemsift.fiji.ClusterPatchesPlugin;
import org.stemsift.fiji.DetectAnomaliesPlugin;
import org.stemsift.fiji.PattersonOcsvmPlugin;
import org.stemsift.fiji.TrainCvaePlugin;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The user guide in {@code docs/} against the code: every parameter of each Fiji command (dialog label and macro key)
 * and every option of the matching CLI command appears in its page; every recorded macro line in the guide calls an
 * existing command with its own keys; every picture and page the guide links to exists.
 */
class UserGuideTest {

	static final Path DOCS = Path.of("docs");

	/** Page → the Fiji command it documents (or null) and the CLI commands (space-separated paths) it documents. */
	record Page(Class<?> plugin, List<String> cli) {}

	static final Map<String, Page> PAGES = new LinkedHashMap<>();
	static {
		PAGES.put("train-cvae.md", new Page(TrainCvaePlugin.class, List.of("train-cvae")));
		PAGES.put("detect-anomalies.md", new Page(DetectAnomaliesPlugin.class, List.of("detect")));
		PAGES.put("classify-patches.md", new Page(ClassifyPatchesPlugin.class, List.of("classify-patches")));
		PAGES.put("patterson-ocsvm.md", new Page(PattersonOcsvmPlugin.class, List.of("patterson-ocsvm")));
		PAGES.put("clustering.md", new Page(ClusterPatchesPlugin.class, List.of("cluster")));
		PAGES.put("batch.md", new Page(null, List.of("batch")));
		PAGES.put("cli.md", new Page(null, List.of("generate", "validate synthetic", "validate prifti", "validate prifti-clusters", "validate synthetic-clusters", "validate ayyubi-images",
			"bench cvae",
			"bench patterson", "bench cluster", "demo")));
	}

	static final Pattern RUN = Pattern.compile("run\\(\"([^\"]+)\", \"([^\"]*)\"\\);");
	static final Pattern KEY = Pattern.compile("(?:^|\\s)([A-Za-z_][A-Za-z0-9_]*)=");
	static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(?:#[^)]*)?\\)");

	/** The user-settable parameters of a SciJava command: STEMsift's own inputs that are not services (not SciJava's context). */
	static List<Field> inputs(Class<?> plugin) {
		List<Field> fields = new ArrayList<>();
		for (Class<?> c = plugin; c != null && c.getName().startsWith("org.stemsift."); c = c.getSuperclass())
			for (Field f : c.getDeclaredFields()) {
				Parameter p = f.getAnnotation(Parameter.class);
				if (p == null || p.type() == ItemIO.OUTPUT || Service.class.isAssignableFrom(f.getType())) continue;
				fields.add(f);
			}
		return fields;
	}

	static String menuLeaf(Class<?> plugin) {
		String path = plugin.getAnnotation(Plugin.class).menuPath();
		return path.substring(path.lastIndexOf('>') + 1);
	}

	static CommandLine cli(String path) {
		CommandLine c = new CommandLine(new Main());
		for (String name : path.split(" ")) {
			c = c.getSubcommands().get(name);
			assertTrue(c != null, "no CLI command '" + path + "'");
		}
		return c;
	}

	static String page(String name) throws Exception {
		Path p = DOCS.resolve(name);
		assertTrue(Files.isRegularFile(p), "missing page " + p);
		return Files.readString(p);
	}

	static boolean mentionsOption(String text, String option) {
		return Pattern.compile("(?<![\\w-])" + Pattern.quote(option) + "(?![\\w-])").matcher(text).find();
	}

	@Test
	void everyFijiParameterHasItsLabelAndMacroKeyInItsPage() throws Exception {
		for (Map.Entry<String, Page> e : PAGES.entrySet()) {
			if (e.getValue().plugin() == null) continue;
			String text = page(e.getKey());
			for (Field f : inputs(e.getValue().plugin())) {
				String key = f.getName().toLowerCase(Locale.ROOT), label = f.getAnnotation(Parameter.class).label();
				assertTrue(text.contains("`" + key + "`"), e.getKey() + " does not give the macro key `" + key + "` of " + f.getName());
				assertTrue(text.contains(label), e.getKey() + " does not give the dialog label '" + label + "' of " + f.getName());
			}
			assertTrue(text.contains("run(\"" + menuLeaf(e.getValue().plugin()) + "\", \""), e.getKey() + " lacks the recorded macro line of " + menuLeaf(e.getValue().plugin()));
		}
	}

	@Test
	void everyCliOptionAppearsInItsPage() throws Exception {
		for (Map.Entry<String, Page> e : PAGES.entrySet()) {
			String text = page(e.getKey());
			for (String command : e.getValue().cli()) {
				assertTrue(text.contains("stemsift " + command), e.getKey() + " never shows 'stemsift " + command + "'");
				for (OptionSpec o : cli(command).getCommandSpec().options()) {
					if (o.usageHelp() || o.versionHelp()) continue;
					assertTrue(mentionsOption(text, o.longestName()), e.getKey() + " does not mention " + o.longestName() + " of 'stemsift " + command + "'");
				}
			}
		}
	}

	@Test
	void everyMacroLineInTheGuideCallsACommandWithItsOwnKeys() throws Exception {
		Map<String, Set<String>> keysByCommand = new LinkedHashMap<>();
		for (Page p : PAGES.values()) {
			if (p.plugin() == null) continue;
			Set<String> keys = new TreeSet<>();
			for (Field f : inputs(p.plugin())) keys.add(f.getName().toLowerCase(Locale.ROOT));
			keysByCommand.put(menuLeaf(p.plugin()), keys);
		}
		int lines = 0;
		for (Path md : markdown()) {
			Matcher m = RUN.matcher(Files.readString(md));
			while (m.find()) {
				Set<String> keys = keysByCommand.get(m.group(1));
				if (keys == null) continue;
				lines++;
				Matcher k = KEY.matcher(m.group(2).replaceAll("\\[[^\\]]*\\]", "[]"));
				while (k.find()) assertTrue(keys.contains(k.group(1)), md + ": '" + k.group(1) + "=' is not a parameter of " + m.group(1) + " " + keys);
			}
		}
		assertTrue(lines >= PAGES.size() - 1, "each command page and the tutorial show macro lines; found " + lines);
	}

	@Test
	void everyLinkedPictureAndPageExistsAndPicturesAreSmall() throws Exception {
		for (Path md : markdown()) {
			Matcher m = LINK.matcher(Files.readString(md));
			while (m.find()) {
				String target = m.group(1);
				if (target.startsWith("http")) continue;
				Path p = md.getParent().resolve(target).normalize();
				assertTrue(Files.exists(p), md + " links to " + target + ", which does not exist");
				if (target.endsWith(".png") && target.contains("images/") && !LEGACY_PICTURES.contains(p.getFileName().toString()))
					assertTrue(Files.size(p) < 300_000, p + " is larger than 300 KB");
			}
		}
		String index = page("index.md");
		for (String name : List.of("tutorial.md", "troubleshooting.md", "cli.md", "clustering.md", "batch.md")) assertTrue(index.contains("(" + name + ")"), "index.md does not link " + name);
		for (String name : PAGES.keySet()) assertTrue(index.contains("(" + name + ")"), "index.md does not link " + name);
	}

	/** Pictures committed before the guide's size rule. */
	static final Set<String> LEGACY_PICTURES = Set.of("demo-overlay.png", "patterson-synthetic-scheme1.png", "patterson-zro2-scheme2.png");

	static List<Path> markdown() throws Exception {
		try (Stream<Path> s = Files.list(DOCS)) {
			List<Path> pages = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
			assertEquals(true, pages.size() >= PAGES.size() + 3, "the guide's pages: " + pages);
			return pages;
		}
	}
}
