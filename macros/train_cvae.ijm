// STEMsift: train a CVAE on the current image (or its rectangular selection, which should be free of defects) and
// print the losses per epoch.
//
// In Fiji: open a defect-free image (draw a rectangle around a defect-free region if needed), run this macro; it asks
// where to save the model.
// Headless:
//   ImageJ --headless -batch train_cvae.ijm "image=[/data/bulk.tif] model=[/models/bulk.stemsift] epochs=20"
// Optional argument keys: epochs (default 20), crops (crops per epoch, default 2048), patch (patch size, default 64),
// network (standard or small, default standard), seed (default 42).

args = getArgument();
imagePath = call("ij.Macro.getValue", args, "image", "");
modelPath = call("ij.Macro.getValue", args, "model", "");
epochs = call("ij.Macro.getValue", args, "epochs", "20");
crops = call("ij.Macro.getValue", args, "crops", "2048");
patch = call("ij.Macro.getValue", args, "patch", "64");
network = call("ij.Macro.getValue", args, "network", "standard");
seed = call("ij.Macro.getValue", args, "seed", "42");

if (imagePath != "") open(imagePath);
if (nImages == 0) exit("Open a defect-free image first, or give image=[path] as the macro argument.");
if (modelPath == "") modelPath = File.saveDialog("Save the STEMsift model as", "model.stemsift");

title = getTitle();
run("Train CVAE...", "model=[" + modelPath + "] useselection=true epochs=" + epochs + " cropsperepoch=" + crops
	+ " patchsize=" + patch + " networksize=" + network + " seed=" + seed);
if (!File.exists(modelPath)) exit("Training failed: no model was written to " + modelPath + " (see the Log window).");

// The Results table has one row per epoch.
print(title + ": trained " + nResults + " epochs, model " + modelPath);
print("epoch,training_loss,validation_loss");
for (i = 0; i < nResults; i++)
	print(getResult("epoch", i) + "," + d2s(getResult("training_loss", i), 3) + "," + d2s(getResult("validation_loss", i), 3));
