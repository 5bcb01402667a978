package org.stemsift.fiji;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.Line;
import ij.gui.OvalRoi;
import ij.gui.Overlay;
import ij.gui.PointRoi;
import ij.macro.Interpreter;
import ij.measure.ResultsTable;
import ij.process.FloatProcessor;

import java.awt.Color;
import java.awt.Rectangle;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.task.DefaultTaskService;
import org.scijava.task.Task;
import org.scijava.task.TaskService;
import org.stemsift.core.Calibration;
import org.stemsift.core.Image2D;
import org.stemsift.detect.Defect;
import org.stemsift.progress.CancelledException;
import org.stemsift.report.Table;

/** The small pieces the Fiji commands are built from: publishing to ImageJ 1, progress and cancellation, selections. */
class FijiHelpersTest {

	static Context context;

	@BeforeAll
	static void start() {
		context = new Context(TaskService.class);
		Interpreter.batchMode = true;
	}

	@AfterAll
	static void stop() {
		Interpreter.batchMode = false;
		context.dispose();
	}

	@Test
	void theResultsTitleMakesTheSystemResultsTableEvenHeadless() {
		Table t = new Table("x", "name", "defect").add(1.5, "a, b", true).add(2, "c", false);
		ResultsTable rt = ResultsPublisher.show(t, "Results");
		assertSame(rt, ResultsTable.getResultsTable(), "macros read the system Results table");
		assertEquals(2, rt.size());
		assertEquals(1.5, rt.getValue("x", 0));
		assertEquals("a, b", rt.getStringValue("name", 0));
		assertEquals(1, rt.getValue("defect", 0), "booleans become 1/0 so getResult works");
		assertEquals(0, rt.getValue("defect", 1));

		ResultsTable other = ResultsPublisher.show(new Table("epoch").add(1), "STEMsift Training");
		assertNotSame(other, ResultsTable.getResultsTable(), "another title must not replace the Results table");
		assertSame(rt, ResultsTable.getResultsTable());
	}

	@Test
	void overlayHasACircleAndAPointPerDefectColouredBySign() {
		List<Defect> defects = List.of(new Defect(1, 10, 20, 0.5, 2, "missing", 12), new Defect(2, 30.25, 5, 0.4, 1.5, "extra", 9));
		Overlay o = ResultsPublisher.defectOverlay(defects, 4);
		assertEquals(4, o.size());
		OvalRoi c1 = assertInstanceOf(OvalRoi.class, o.get(0));
		assertEquals(Color.RED, c1.getStrokeColor());
		assertEquals("defect 1", c1.getName());
		assertEquals(10 + 0.5 - 4, c1.getXBase(), 1e-9);
		assertEquals(20 + 0.5 - 4, c1.getYBase(), 1e-9);
		assertEquals(8, c1.getFloatWidth(), 1e-9);
		assertInstanceOf(PointRoi.class, o.get(1));
		OvalRoi c2 = assertInstanceOf(OvalRoi.class, o.get(2));
		assertEquals(Color.CYAN, c2.getStrokeColor());
		assertEquals("defect 2", c2.getName());
		assertEquals(0, ResultsPublisher.defectOverlay(List.of(), 4).size());
	}

	@Test
	void shownImagesAreRegisteredInBatchModeWithTheirCalibration() {
		Image2D img = new Image2D(5, 4, new float[20], new Calibration(0, 0, 0.5, 0.5, "nm"), "x");
		ImagePlus imp = ResultsPublisher.show(img, "helper shown");
		assertSame(imp, WindowManager.getImage("helper shown"));
		assertEquals("nm", imp.getCalibration().getUnit());
		assertEquals(0.5, imp.getCalibration().pixelWidth);
	}

	@Test
	void taskProgressReportsAndCancels() {
		RecordingTaskService tasks = new RecordingTaskService();
		tasks.setContext(context);
		Task task;
		try (TaskProgress p = new TaskProgress(tasks, null, null, "test task")) {
			p.update("half way", 5, 10);
			task = tasks.created;
			assertEquals("test task", task.getName());
			assertEquals(10, task.getProgressMaximum());
			assertEquals(5, task.getProgressValue());
			assertEquals("half way", task.getStatusMessage());
			assertFalse(p.isCancelled());
			p.checkCancelled();
			task.cancel("user pressed cancel");
			assertTrue(p.isCancelled());
			assertThrows(CancelledException.class, p::checkCancelled);
		}
		assertTrue(task.isDone(), "closing the progress finishes the task");
	}

	/** The real task service, remembering the task it made. */
	static final class RecordingTaskService extends DefaultTaskService {
		Task created;

		@Override
		public Task createTask(String name) {
			created = super.createTask(name);
			return created;
		}
	}

	@Test
	void anInterruptedThreadCountsAsCancelledAndNullServicesAreFine() {
		try (TaskProgress p = new TaskProgress(null, null, null, "no services")) {
			p.update("x", 1, 2);
			p.log("nothing to log to");
			assertFalse(p.isCancelled());
			Thread.currentThread().interrupt();
			try {
				assertTrue(p.isCancelled());
			} finally {
				Thread.interrupted();
			}
		}
	}

	@Test
	void selectionIsARectangleInsideTheImageOrNothing() {
		ImagePlus imp = new ImagePlus("sel", new FloatProcessor(128, 100));
		assertNull(TrainCvaePlugin.selection(imp, true), "no selection: the whole image");
		imp.setRoi(new Rectangle(100, 60, 50, 50));
		assertArrayEquals(new int[] { 100, 60, 28, 40 }, TrainCvaePlugin.selection(imp, true), "clipped to the image");
		assertNull(TrainCvaePlugin.selection(imp, false), "useSelection = false ignores it");
		imp.setRoi(new OvalRoi(10, 10, 20, 30));
		assertArrayEquals(new int[] { 10, 10, 20, 30 }, TrainCvaePlugin.selection(imp, true), "any area selection gives its bounds");
		imp.setRoi(new Line(0, 0, 50, 50));
		assertNull(TrainCvaePlugin.selection(imp, true), "a line is not a region");
	}

	@Test
	void titlesLoseOnlyTheirExtension() {
		assertEquals("lattice", DetectAnomaliesPlugin.stripExtension("lattice.tif"));
		assertEquals("a.b", DetectAnomaliesPlugin.stripExtension("a.b.dm4"));
		assertEquals("noext", DetectAnomaliesPlugin.stripExtension("noext"));
		assertEquals(".hidden", DetectAnomaliesPlugin.stripExtension(".hidden"));
		assertNotNull(DetectAnomaliesPlugin.stripExtension(""));
	}
}
