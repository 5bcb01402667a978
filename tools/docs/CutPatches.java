import java.nio.file.Files;
import java.nio.file.Path;

import org.stemsift.core.Image2D;
import org.stemsift.io.CsvTable;
import org.stemsift.io.ImageFiles;
import org.stemsift.io.TiffWriter;

/**
 * Cuts patches for the classify-patches picture of the user guide: one patch centred on each ground-truth defect of a
 * sample folder (image.tif + defects.csv), and as many defect-free patches from a grid over reference.tif, each
 * written as a TIFF into OUT (defect-NN-KIND.tif, bulk-NN.tif).
 * Run with the project's classpath: java -cp target/classes:$(cat target/cli-classpath.txt) tools/docs/CutPatches.java SAMPLE OUT SIZE
 */
public class CutPatches {

	public static void main(String[] args) throws Exception {
		Path sample = Path.of(args[0]), out = Path.of(args[1]);
		int size = Integer.parseInt(args[2]);
		Files.createDirectories(out);
		Image2D image = ImageFiles.readImage(sample.resolve("image.tif")), reference = ImageFiles.readImage(sample.resolve("reference.tif"));
		CsvTable truth = CsvTable.read(sample.resolve("defects.csv"));
		int defects = 0;
		for (int r = 0; r < truth.rowCount(); r++) {
			int x0 = (int) Math.round(Double.parseDouble(truth.get(r, "x"))) - size / 2, y0 = (int) Math.round(Double.parseDouble(truth.get(r, "y"))) - size / 2;
			if (x0 < 0 || y0 < 0 || x0 + size > image.width() || y0 + size > image.height()) continue;
			defects++;
			TiffWriter.write(image.crop(x0, y0, size, size), out.resolve(String.format("defect-%02d-%s.tif", defects, truth.get(r, "kind").toLowerCase())));
		}
		int step = (reference.width() - size) / 4;
		for (int i = 0; i < defects; i++)
			TiffWriter.write(reference.crop(7 + (i % 4) * step, 11 + (i / 4) * step, size, size), out.resolve(String.format("bulk-%02d.tif", i + 1)));
		System.out.printf("%d defect and %d bulk patches in %s%n", defects, defects, out);
	}
}
