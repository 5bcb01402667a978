// STEMsift: find point defects in one image with a trained CVAE model and print them.
//
// In Fiji: open an image, then run this macro (it asks for the model file).
// Headless:
//   ImageJ --headless -batch detect_defects.ijm "image=[/data/lattice.tif] model=[/models/lattice.stemsift]"
// Optional argument keys: threshold (0 = automatic, the default), stride (default 16).
// The option names after run("Detect Anomalies (CVAE)...") are the command's parameter names.

args = getArgument();
imagePath = call("ij.Macro.getValue", args, "image", "");
modelPath = call("ij.Macro.getValue", args, "model", "");
threshold = call("ij.Macro.getValue", args, "threshold", "0");
stride = call("ij.Macro.getValue", args, "stride", "16");

if (imagePath != "") open(imagePath);
if (nImages == 0) exit("Open an image first, or give image=[path] as the macro argument.");
if (modelPath == "") modelPath = File.openDialog("Choose a STEMsift model (.stemsift)");

title = getTitle();
run("Detect Anomalies (CVAE)...", "model=[" + modelPath + "] stride=" + stride + " threshold=" + threshold
	+ " polarity=both useselection=true showimages=false overlay=true");

print(title + ": " + nResults + " defects");
print("x,y,score,sign");
for (i = 0; i < nResults; i++) {
	x = getResult("x", i);
	y = getResult("y", i);
	score = getResult("score", i);
	sign = getResultString("sign", i);
	print(d2s(x, 2) + "," + d2s(y, 2) + "," + d2s(score, 4) + "," + sign);
}
