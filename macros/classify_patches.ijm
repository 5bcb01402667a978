// STEMsift: decide for each patch of the current stack whether it holds a defect (its ANM lies outside the model's
// bulk band) and print the defect patches.
//
// In Fiji: open a stack of patches (one patch per slice), run this macro; it asks for the model file.
// Headless:
//   ImageJ --headless -batch classify_patches.ijm "patches=[/data/patches.tif] model=[/models/sto.stemsift]"
// patches may also be a folder of equally sized patch images, opened as one stack in file-name order.
// Optional argument key: k (band width in standard deviations, default 1.5).

args = getArgument();
patchesPath = call("ij.Macro.getValue", args, "patches", "");
modelPath = call("ij.Macro.getValue", args, "model", "");
k = call("ij.Macro.getValue", args, "k", "1.5");

setBatchMode(true);
if (patchesPath != "" && File.isDirectory(patchesPath)) File.openSequence(patchesPath);
else if (patchesPath != "") open(patchesPath);
if (nImages == 0) exit("Open a patch stack first, or give patches=[path] as the macro argument.");
if (modelPath == "") modelPath = File.openDialog("Choose a STEMsift model (.stemsift)");

title = getTitle();
run("Classify Patches (CVAE)...", "model=[" + modelPath + "] k=" + k);

// The Results table has one row per patch: index, name, anm, defect (1/0), peak_x, peak_y, band_low, band_high.
defects = 0;
for (i = 0; i < nResults; i++) if (getResult("defect", i) == 1) defects++;
print(title + ": " + defects + " of " + nResults + " patches hold a defect");
print("name,anm,peak_x,peak_y");
for (i = 0; i < nResults; i++)
	if (getResult("defect", i) == 1) print(getResultString("name", i) + "," + d2s(getResult("anm", i), 5) + "," + getResult("peak_x", i) + "," + getResult("peak_y", i));
