// STEMsift: run Detect Anomalies (CVAE) on every image of a folder and save each Results table as CSV.
//
// In Fiji: run this macro; it asks for the image folder, the model file and the output folder.
// Headless:
//   ImageJ --headless -batch batch_detect_folder.ijm "input=[/data/images] model=[/models/lattice.stemsift] output=[/data/results]"
// Writes OUTPUT/<image name>_defects.csv (columns x, y, score, significance, sign, ...) for each
// .tif/.tiff/.png/.dm3/.dm4 image, and prints the number of defects per image.

args = getArgument();
input = call("ij.Macro.getValue", args, "input", "");
modelPath = call("ij.Macro.getValue", args, "model", "");
output = call("ij.Macro.getValue", args, "output", "");
threshold = call("ij.Macro.getValue", args, "threshold", "0");

if (input == "") input = getDirectory("Choose the folder with the images");
if (modelPath == "") modelPath = File.openDialog("Choose a STEMsift model (.stemsift)");
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
		run("Detect Anomalies (CVAE)...", "model=[" + modelPath + "] stride=16 threshold=" + threshold
			+ " polarity=both useselection=false showimages=false overlay=false");
		base = name;
		dot = lastIndexOf(name, ".");
		if (dot > 0) base = substring(name, 0, dot);
		saveAs("Results", output + base + "_defects.csv");
		print(name + ": " + nResults + " defects");
		selectImage(id);
		close();
		done = done + 1;
	}
}
setBatchMode(false);
print("Done: " + done + " images, results in " + output);
