package org.stemsift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.stemsift.testutil.Cli;

/** Help, version and usage errors of every subcommand: no engine is started, so this is fast. */
class CliHelpTest {

	/** Each subcommand and words its help must contain. */
	static final Map<String, List<String>> SUBCOMMANDS = Map.of(
			"train-cvae", List.of("--image", "--patches", "--roi", "--model", "--epochs", "--crops-per-epoch", "--patch-size", "--latent", "--channel-divisor", "--seed", "--threads"),
			"detect", List.of("--model", "--image", "--out", "--stride", "--threshold", "--threshold-factor", "--polarity", "--reference-roi", "--cutoff", "--smoothing", "defects.csv", "anomaly.tif"),
			"classify-patches", List.of("--model", "--patches", "--bulk", "--k", "--out", "patches.csv"),
			"cluster", List.of("--model", "--patches", "--out", "--kmax", "--k", "--seed", "--gmm", "--view", "clusters.csv"),
			"generate", List.of("--out", "--lattice", "--size", "--spacing", "--dose", "--defects", "--seed", "SQUARE"),
			"validate", List.of("prifti", "synthetic"),
			"demo", List.of("--help"),
			"bench", List.of("--help"),
			"batch", List.of("--config", "summary.csv", "resume", "--threads"));

	@TestFactory
	Stream<DynamicTest> helpOfEverySubcommandExitsZeroAndListsItsOptions() {
		return SUBCOMMANDS.entrySet().stream().sorted(Map.Entry.comparingByKey())
			.map(e -> DynamicTest.dynamicTest(e.getKey() + " --help", () -> checkHelp(e.getKey(), e.getValue())));
	}

	private static void checkHelp(String command, List<String> mentions) {
		Cli.Result r = Cli.run(command, "--help");
		assertEquals(0, r.exitCode(), r::toString);
		assertTrue(r.out().startsWith("Usage: stemsift " + command), r::toString);
		for (String m : mentions) assertTrue(r.out().contains(m), () -> command + " --help does not mention " + m + ":\n" + r.out());
		assertEquals("", r.err(), "help writes nothing to stderr");
	}

	@Test
	void validateSubcommandsHaveHelp() {
		Cli.Result prifti = Cli.run("validate", "prifti", "--help");
		assertEquals(0, prifti.exitCode(), prifti::toString);
		assertTrue(prifti.out().contains("--data"), prifti::toString);
		Cli.Result synthetic = Cli.run("validate", "synthetic", "--help");
		assertEquals(0, synthetic.exitCode(), synthetic::toString);
		assertTrue(synthetic.out().contains("--lattice") && synthetic.out().contains("--image-seed"), synthetic::toString);
	}

	@Test
	void helpSubcommandAndTopLevelHelp() {
		Cli.Result top = Cli.run("--help");
		assertEquals(0, top.exitCode(), top::toString);
		for (String c : List.of("train-cvae", "detect", "classify-patches", "generate", "validate")) assertTrue(top.out().contains(c), () -> "top-level help lacks " + c);
		Cli.Result viaHelp = Cli.run("help", "detect");
		assertEquals(0, viaHelp.exitCode(), viaHelp::toString);
		assertTrue(viaHelp.out().contains("--model"), viaHelp::toString);
	}

	@Test
	void versionPrintsTheProductName() {
		Cli.Result r = Cli.run("--version");
		assertEquals(0, r.exitCode(), r::toString);
		assertTrue(r.out().startsWith("STEMsift "), r::toString);
	}

	@Test
	void usageErrorsExitTwoWithTheProblemOnStderr() {
		Cli.Result unknown = Cli.run("detect", "-m", "m", "-i", "i", "-o", "o", "--no-such-option");
		assertEquals(2, unknown.exitCode(), unknown::toString);
		assertTrue(unknown.err().contains("Unknown option: '--no-such-option'"), unknown::toString);

		Cli.Result missing = Cli.run("detect", "--image", "x.tif");
		assertEquals(2, missing.exitCode(), missing::toString);
		assertTrue(missing.err().contains("Missing required options") && missing.err().contains("--model") && missing.err().contains("--out"), missing::toString);

		Cli.Result badNumber = Cli.run("generate", "--out", "ignored", "--size", "big");
		assertEquals(2, badNumber.exitCode(), badNumber::toString);
		assertTrue(badNumber.err().contains("--size") && badNumber.err().contains("big"), badNumber::toString);

		Cli.Result bothSources = Cli.run("train-cvae", "--image", "a.tif", "--patches", "b.npy", "--model", "m.stemsift");
		assertEquals(2, bothSources.exitCode(), bothSources::toString);
		assertTrue(bothSources.err().contains("mutually exclusive"), bothSources::toString);

		Cli.Result badEnum = Cli.run("detect", "--model", "m", "--image", "i", "--out", "o", "--polarity", "sideways");
		assertEquals(2, badEnum.exitCode(), badEnum::toString);
		assertTrue(badEnum.err().contains("sideways"), badEnum::toString);

		Cli.Result none = Cli.run("no-such-command");
		assertEquals(2, none.exitCode(), none::toString);
		assertFalse(none.err().isBlank(), none::toString);
	}
}
