package org.stemsift.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A job file is checked before any image is touched, and every mistake names its field. */
class BatchJobTest {

	@TempDir
	static Path dir;

	@BeforeAll
	static void files() throws Exception {
		Files.createDirectories(dir.resolve("images"));
		Files.writeString(dir.resolve("m.stemsift"), "not read when parsing");
	}

	static Path job(String json) throws Exception {
		return Files.writeString(Files.createTempFile(dir, "job", ".json"), json.replace('\'', '"'));
	}

	static String error(String json) throws Exception {
		return assertThrows(IllegalArgumentException.class, () -> BatchJob.read(job(json))).getMessage();
	}

	@Test
	void relativePathsAreResolvedAgainstTheJobFilesFolder() throws Exception {
		BatchJob j = BatchJob.read(job("{'input': 'images', 'output': 'out', 'images': '*.tif', 'steps': [{'type': 'detect', 'model': 'm.stemsift', 'threshold': 0.1},"
			+ " {'type': 'patterson-ocsvm', 'name': 'ocsvm', 'scheme': 2, 'nu': 0.05}]}"));
		assertEquals(dir.resolve("images"), j.input());
		assertEquals(dir.resolve("out"), j.output());
		assertEquals(List.of("detect", "ocsvm"), j.steps().stream().map(BatchStep::name).toList());
		assertEquals(0.1, j.stepSettings().get(0).getAsJsonObject().get("threshold").getAsDouble());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
		not JSON           | {'input': 'images', 'steps': [        | is not valid JSON
		not an object      | [1, 2]                                | must hold one JSON object
		no input           | {'output': 'o', 'steps': [{'type': 'patterson-ocsvm'}]} | 'input' is missing
		input not a folder | {'input': 'nowhere', 'output': 'o', 'steps': [{'type': 'patterson-ocsvm'}]} | 'input' names a folder that does not exist
		output is a file   | {'input': 'images', 'output': 'm.stemsift', 'steps': [{'type': 'patterson-ocsvm'}]} | 'output' is a file, not a folder
		no steps           | {'input': 'images', 'output': 'o'}    | 'steps' is missing
		empty steps        | {'input': 'images', 'output': 'o', 'steps': []} | 'steps' must be a non-empty list
		step not object    | {'input': 'images', 'output': 'o', 'steps': ['detect']} | 'steps[0]' must be an object
		unknown step       | {'input': 'images', 'output': 'o', 'steps': [{'type': 'segment'}]} | 'steps[0].type' is 'segment'; known step types: detect, patterson-ocsvm
		no type            | {'input': 'images', 'output': 'o', 'steps': [{'model': 'm.stemsift'}]} | 'steps[0].type' is missing
		missing model      | {'input': 'images', 'output': 'o', 'steps': [{'type': 'detect', 'model': 'gone.stemsift'}]} | 'steps[0].model' names a file that does not exist
		no model           | {'input': 'images', 'output': 'o', 'steps': [{'type': 'detect'}]} | 'steps[0].model' is missing
		text for a number  | {'input': 'images', 'output': 'o', 'steps': [{'type': 'detect', 'model': 'm.stemsift', 'threshold': 'high'}]} | 'steps[0].threshold' must be a number
		misspelt key       | {'input': 'images', 'output': 'o', 'steps': [{'type': 'detect', 'model': 'm.stemsift', 'treshold': 0.1}]} | 'steps[0].treshold' is not a known field
		unknown top key    | {'input': 'images', 'output': 'o', 'step': [], 'steps': [{'type': 'patterson-ocsvm'}]} | 'step' is not a known field
		bad choice         | {'input': 'images', 'output': 'o', 'steps': [{'type': 'detect', 'model': 'm.stemsift', 'polarity': 'up'}]} | 'steps[0].polarity' is 'up'; choose one of both, missing, extra
		fractional stride  | {'input': 'images', 'output': 'o', 'steps': [{'type': 'detect', 'model': 'm.stemsift', 'stride': 2.5}]} | 'steps[0].stride' must be a whole number
		bad scheme         | {'input': 'images', 'output': 'o', 'steps': [{'type': 'patterson-ocsvm', 'scheme': 3}]} | 'steps[0].scheme' must be 1
		text for a boolean | {'input': 'images', 'output': 'o', 'steps': [{'type': 'patterson-ocsvm', 'gammaRobustness': 'no'}]} | 'steps[0].gammaRobustness' must be true or false
		bad nu             | {'input': 'images', 'output': 'o', 'steps': [{'type': 'patterson-ocsvm', 'nu': 2}]} | 'steps[0]': nu must lie in (0, 1]
		unknown descriptor | {'input': 'images', 'output': 'o', 'steps': [{'type': 'patterson-ocsvm', 'descriptor': 'wavelet'}]} | 'steps[0]': 
		same step twice    | {'input': 'images', 'output': 'o', 'steps': [{'type': 'patterson-ocsvm'}, {'type': 'patterson-ocsvm'}]} | 'steps[1].name' repeats the step name 'patterson-ocsvm'
		name with a slash  | {'input': 'images', 'output': 'o', 'steps': [{'type': 'patterson-ocsvm', 'name': '../x'}]} | 'steps[0].name' must be a plain folder name
		bad pattern        | {'input': 'images', 'output': 'o', 'images': '*.{tif', 'steps': [{'type': 'patterson-ocsvm'}]} | 'images' is not a file-name pattern
		""")
	void badJobsNameTheField(String what, String json, String expected) throws Exception {
		String message = error(json);
		assertTrue(message.startsWith("job"), "the message starts with the job file's name: " + message);
		assertTrue(message.contains(expected.strip()), () -> what + ": '" + message + "' does not contain '" + expected.strip() + "'");
	}

	@Test
	void aMissingJobFileIsNamed() {
		NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> BatchJob.read(dir.resolve("nope.json")));
		assertTrue(e.getFile().endsWith("nope.json"));
	}

	@Test
	void imagesThatWouldShareAnOutputFolderAreRefused() throws Exception {
		Path images = Files.createDirectories(dir.resolve("twins"));
		Files.writeString(images.resolve("a.tif"), "");
		Files.writeString(images.resolve("a.png"), "");
		Files.writeString(images.resolve("notes.txt"), "");
		BatchJob j = BatchJob.read(job("{'input': 'twins', 'output': 'o', 'steps': [{'type': 'patterson-ocsvm'}]}"));
		String message = assertThrows(IllegalArgumentException.class, j::images).getMessage();
		assertTrue(message.contains("a.png and a.tif would share the output folder 'a'"), message);
		BatchJob onlyTif = BatchJob.read(job("{'input': 'twins', 'output': 'o', 'images': '*.tif', 'steps': [{'type': 'patterson-ocsvm'}]}"));
		assertEquals(List.of(images.resolve("a.tif")), onlyTif.images());
	}
}
