#@ File (label="Image", style="open") image_file
#@ String (label="Scheme", choices={"1", "2"}, value="1") scheme
#@ Double (label="Lattice spacing (px, 0 = automatic)", value=0, min=0) spacing
#@ Double (label="nu (0 = knee of D(nu))", value=0, min=0, max=1) nu
#@ File (label="Save results to folder (optional)", style="directory", required=false) output_folder
#@ CommandService command
#@ ModuleService modules
#@output Integer segment_count
#@output Integer outlier_count
#@output String outliers_csv

# STEMsift: defects (scheme 1) or domains (scheme 2) from Patterson maps of image segments and a one-class SVM,
# without a model or labels.
#
# In Fiji: File > New > Script..., language Python, open this file and Run.
# Headless:
#   ImageJ --headless --run patterson_ocsvm.py "image_file='/data/lattice.tif',scheme='1',spacing=0,nu=0"
# Outputs: the number of segments, the number of outliers and the outlier segments as CSV text (x, y, decision; pixel
# coordinates of the segment centres). With an output folder the command also writes sites.csv, labels.tif, the
# plots and overview.png there.

from java.util import HashMap
from ij.measure import ResultsTable
from org.stemsift.bridge import ImagePlusBridge
from org.stemsift.fiji import PattersonOcsvmPlugin
from org.stemsift.io import ImageFiles

# STEMsift's reader: TIFF, PNG, JPEG, DM3/DM4 and .npy, with the calibration; a clear message for what it refuses.
imp = ImagePlusBridge.toImagePlus(ImageFiles.readImage(image_file.toPath()))

inputs = HashMap({"image": imp, "scheme": scheme, "spacing": spacing, "nu": nu, "showImages": False, "overlay": False})
if output_folder is not None:
	inputs.put("outputFolder", output_folder)
# This command fills its descriptor choices at run time (a DynamicCommand): CommandService.run returns no module for
# such a command, ModuleService.run does.
module = modules.run(command.getCommand(PattersonOcsvmPlugin), True, inputs).get()
if module.isCanceled():
	raise RuntimeError(module.getCancelReason())

# One row per segment in the Results table: x, y, decision, outlier (1/0), class, filled.
rt = ResultsTable.getResultsTable()
segment_count = rt.size()
lines = ["x,y,decision"]
for i in range(rt.size()):
	if rt.getValue("outlier", i) == 1:
		lines.append("%.3f,%.3f,%.6g" % (rt.getValue("x", i), rt.getValue("y", i), rt.getValue("decision", i)))
outlier_count = len(lines) - 1
outliers_csv = "\n".join(lines)
print("%s: %d outliers of %d segments" % (imp.getTitle(), outlier_count, segment_count))
