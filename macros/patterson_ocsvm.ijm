// STEMsift: find defects in the current image with Patterson maps and a one-class SVM (no model, no labels) and
// print the outlier segments.
//
// In Fiji: open an atomic-resolution image, run this macro.
// Headless:
//   ImageJ --headless -batch patterson_ocsvm.ijm "image=[/data/lattice.tif]"
// Optional argument keys: scheme (1: defects at unit-cell-centred segments, the default; 2: domains from
// Bragg-filtered fringes), spacing (lattice spacing in px, 0 = automatic), nu (0 = the knee of D(nu)).

args = getArgument();
imagePath = call("ij.Macro.getValue", args, "image", "");
scheme = call("ij.Macro.getValue", args, "scheme", "1");
spacing = call("ij.Macro.getValue", args, "spacing", "0");
nu = call("ij.Macro.getValue", args, "nu", "0");

if (imagePath != "") open(imagePath);
if (nImages == 0) exit("Open an image first, or give image=[path] as the macro argument.");

title = getTitle();
run("Patterson One-Class SVM...", "scheme=" + scheme + " spacing=" + spacing + " nu=" + nu + " showimages=false overlay=true");

// The Results table has one row per segment: x, y, decision, outlier (1/0), class, filled.
outliers = 0;
for (i = 0; i < nResults; i++) if (getResult("outlier", i) == 1) outliers++;
print(title + ": " + outliers + " outliers of " + nResults + " segments");
print("x,y,decision");
for (i = 0; i < nResults; i++)
	if (getResult("outlier", i) == 1) print(d2s(getResult("x", i), 2) + "," + d2s(getResult("y", i), 2) + "," + d2s(getResult("decision", i), 5));
