package org.stemsift.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.stemsift.core.Image2D;
import org.stemsift.core.PatchStack;

/**
 * Reads a folder of equally sized images, in file-name order, as a patch stack: the layout in which many labelled
 * defect data sets are published. Files that cannot be read are skipped with a warning (folders often hold a readme or
 * a stray thumbnail), but an image of the wrong size is an error, because silently dropping it would change which
 * patch is which.
 */
final class PatchFolder {

	private PatchFolder() {}

	static PatchStack read(Path folder, List<String> warnings) throws IOException {
		List<Path> files;
		try (Stream<Path> s = Files.list(folder)) {
			files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
				.sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
		}
		int firstWarning = warnings.size();
		List<Image2D> patches = new ArrayList<>();
		for (Path f : files) {
			Image2D image;
			try {
				image = ImageFiles.readImage(f);
			} catch (IOException e) {
				warnings.add("Skipped " + f.getFileName() + ": " + e.getMessage());
				continue;
			}
			if (!patches.isEmpty() && (image.width() != patches.get(0).width() || image.height() != patches.get(0).height()))
				throw new ImageReadException(f, "it is " + image.width() + " × " + image.height() + " pixels but '" + patches.get(0).name() + "' in the same folder is "
					+ patches.get(0).width() + " × " + patches.get(0).height() + "; all patches in a folder must have the same size, so move or crop this file");
			patches.add(image.withName(f.getFileName().toString()));
		}
		if (patches.isEmpty())
			throw new ImageReadException(folder, files.isEmpty() ? "the folder holds no files" : "none of its " + files.size() + " files could be read as an image"
				+ (warnings.size() > firstWarning ? " (first problem: " + warnings.get(firstWarning) + ")" : ""));
		return PatchStack.of(patches);
	}
}
