// STEMsift: sort the patches of the current stack (or of a folder) into defect types without labels, and print the
// cluster of each patch and the size of each cluster.
//
// In Fiji: open a stack of patches (one patch per slice), run this macro; it asks for the model file.
// Headless:
//   ImageJ --headless -batch cluster_patches.ijm "patches=[/data/patches] model=[/models/sto.stemsift] kmax=10"
// patches may be a stack file or a folder of equally sized patch images (opened as one stack in file-name order).
// Optional argument keys: kmax (largest K of the scan, default 10), k (fixed K; 0 = by the highest mean silhouette),
// output (a folder for clusters.csv, features.csv, the summary, the selection report and the plots).

args = getArgument();
patchesPath = call("ij.Macro.getValue", args, "patches", "");
modelPath = call("ij.Macro.getValue", args, "model", "");
kmax = call("ij.Macro.getValue", args, "kmax", "10");
k = call("ij.Macro.getValue", args, "k", "0");
output = call("ij.Macro.getValue", args, "output", "");

setBatchMode(true);
if (patchesPath != "" && File.isDirectory(patchesPath)) File.openSequence(patchesPath);
else if (patchesPath != "") open(patchesPath);
if (nImages == 0) exit("Open a patch stack first, or give patches=[path] as the macro argument.");
if (modelPath == "") modelPath = File.openDialog("Choose a STEMsift model (.stemsift)");

title = getTitle();
options = "model=[" + modelPath + "] kmax=" + kmax + " k=" + k + " view=none showplots=false";
if (output != "") options = options + " outputfolder=[" + output + "]";
run("Cluster Patches...", options);

// The Results table has one row per patch: file, cluster (1..K), silhouette, PCA scores, features.
clusters = 0;
for (i = 0; i < nResults; i++) clusters = maxOf(clusters, getResult("cluster", i));
print(title + ": " + nResults + " patches in " + clusters + " clusters");
for (c = 1; c <= clusters; c++) {
	n = 0;
	for (i = 0; i < nResults; i++) if (getResult("cluster", i) == c) n++;
	print("cluster " + c + ": " + n + " patches");
}
print("file,cluster");
for (i = 0; i < nResults; i++) print(getResultString("file", i) + "," + getResult("cluster", i));
