// STEMsift: run Patterson One-Class SVM on every image of a folder and save each Results table as CSV.
//
// In Fiji: run this macro; it asks for the image folder and the output folder.
// Headless:
//   ImageJ --headless -batch batch_patterson_folder.ijm "input=[/data/images] output=[/data/results]"
// Writes OUTPUT/<image name>_sites.csv (columns x, y, decision, outlier, class, filled; one row per segment) for each
// .tif/.tiff/.png/.dm3/.dm4 image, and prints the number of outliers per image. Optional key: scheme (1 or 2).

args = getArgument();
input = call("ij.Macro.getValue", args, "input", "");
output = call("ij.Macro.getValue", args, "output", "");
scheme = call("ij.Macro.getValue", args, "scheme", "1");

if (input == "") input = getDirectory("Choose the folder with the images");
if (output == "") output = getDirectory("Choose the folder for the results");
if (!endsWith(input, "/") && !endsWith(input, "\\")) input = input + File.separator;
if (!endsWith(output, "/") && !endsWith(output, "\\")) output = output + File.separator;
File.makeDirectory(output);

setBatchMode(true);
list = getFileList(input);
done = 0;
for (i = 0; i < list.length; i++) {
	name = list[i];
	lower = toLowerCase(name);
	isImage = endsWith(lower, ".tif") || endsWith(lower, ".tiff") || endsWith(lower, ".png") || endsWith(lower, ".dm3") || endsWith(lower, ".dm4");
	if (isImage) {
		open(input + name);
		id = getImageID();
		run("Patterson One-Class SVM...", "scheme=" + scheme + " spacing=0 nu=0 showimages=false overlay=false");
		outliers = 0;
		for (r = 0; r < nResults; r++) if (getResult("outlier", r) == 1) outliers++;
		base = name;
		dot = lastIndexOf(name, ".");
		if (dot > 0) base = substring(name, 0, dot);
		saveAs("Results", output + base + "_sites.csv");
		print(name + ": " + outliers + " outliers of " + nResults + " segments");
		selectImage(id);
		close();
		done = done + 1;
	}
}
setBatchMode(false);
print("Done: " + done + " images, results in " + output);
