package org.stemsift.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemsift.core.Image2D;

class GroundTruthWriterTest {

	@TempDir
	Path folder;

	@Test
	void defectsAndSitesAreWrittenAsCsvWithoutLeftoverTemporaryFiles() throws IOException {
		List<PlantedDefect> defects = List.of(
			new PlantedDefect(DefectKind.VACANCY, 10.5, 20.25, IntensityChange.MISSING, 10.5, 20.25, 0, 0),
			new PlantedDefect(DefectKind.DISPLACEMENT, 55, 60.125, IntensityChange.BOTH, 50, 60, 1, 0.25));
		List<ColumnSite> sites = List.of(new ColumnSite(1, 2, 0, 3, -4, DefectKind.NONE), new ColumnSite(7.5, 8, ColumnSite.INTERSTITIAL, 0, 0, DefectKind.INTERSTITIAL));
		Path defectsFile = folder.resolve("sub/defects.csv");
		GroundTruthWriter.writeDefects(defectsFile, defects);
		GroundTruthWriter.writeDefects(defectsFile, defects); // overwriting works too
		GroundTruthWriter.writeSites(folder.resolve("sites.csv"), sites);

		assertEquals(List.of("kind,x,y,sign", "VACANCY,10.5000,20.2500,MISSING", "DISPLACEMENT,55.0000,60.1250,BOTH"), Files.readAllLines(defectsFile));
		assertEquals(List.of("x,y,sublattice,cell_u,cell_v,defect", "1.0000,2.0000,A,3,-4,NONE", "7.5000,8.0000,I,0,0,INTERSTITIAL"),
			Files.readAllLines(folder.resolve("sites.csv")));
		try (var files = Files.list(folder.resolve("sub"))) {
			assertEquals(List.of("defects.csv"), files.map(p -> p.getFileName().toString()).toList());
		}
	}

	@Test
	void sampleDataWritesTenMixedDefectsAndReturnsTheImage() throws IOException {
		Image2D image = SampleData.writeSample(folder, 2026);
		assertEquals(512, image.width());
		assertEquals(512, image.height());
		List<String> defectLines = Files.readAllLines(folder.resolve(SampleData.DEFECTS_FILE));
		assertEquals(11, defectLines.size());
		for (DefectKind kind : List.of(DefectKind.VACANCY, DefectKind.SUBSTITUTION, DefectKind.DISPLACEMENT, DefectKind.INTERSTITIAL))
			assertTrue(defectLines.stream().anyMatch(l -> l.startsWith(kind + ",")), kind.name());
		List<String> siteLines = Files.readAllLines(folder.resolve(SampleData.SITES_FILE));
		assertTrue(siteLines.size() > 2 * 25 * 25 - 100, "about two columns per cell in 512² at 20 px: " + siteLines.size());
		assertEquals(image, SampleData.writeSample(folder.resolve("again"), 2026));
	}
}
