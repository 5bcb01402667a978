#@ File (label="Image", style="open") image_file
#@ File (label="Model file (.stemsift)", style="open") model_file
#@ Double (label="Threshold (0 = automatic)", value=0, min=0) threshold
#@ Integer (label="Sliding-window stride (px)", value=16, min=1) stride
#@ File (label="Save results to folder (optional)", style="directory", required=false) output_folder
#@ CommandService command
#@output Integer defect_count
#@output String defects_csv
#@output ij.ImagePlus anomaly

# STEMsift: find point defects in one image with a trained CVAE model.
#
# In Fiji: File > New > Script..., language Python, open this file and Run.
# Headless:
#   ImageJ --headless --run detect_anomalies.py "image_file='/data/lattice.tif',model_file='/models/lattice.stemsift',threshold=0"
# Outputs: the number of defects, the defect table as CSV text (x, y, score, significance, sign, area, label, ...;
# pixel coordinates of the input), and the anomaly map (|filtered difference|). With an output folder the command also
# writes defects.csv, anomaly.tif, difference.tif, prediction.tif and labels.tif there.

from java.util import HashMap
from ij import WindowManager
from ij.macro import Interpreter
from ij.measure import ResultsTable
from org.stemsift.bridge import ImagePlusBridge
from org.stemsift.fiji import DetectAnomaliesPlugin
from org.stemsift.io import ImageFiles

# STEMsift's reader: TIFF, PNG, JPEG, DM3/DM4 and .npy, with the calibration; a clear message for what it refuses.
imp = ImagePlusBridge.toImagePlus(ImageFiles.readImage(image_file.toPath()))

inputs = HashMap({"image": imp, "model": model_file, "threshold": threshold, "stride": stride, "useSelection": False, "showImages": True})
if output_folder is not None:
	inputs.put("outputFolder", output_folder)
title = imp.getTitle()
base = title[:title.rfind(".")] if "." in title else title
# In batch mode the command registers its images with the WindowManager without windows (also headless), as in a
# macro; they are "<title> anomaly", "<title> difference" and "<title> labels".
was_batch = Interpreter.batchMode
Interpreter.batchMode = True
try:
	module = command.run(DetectAnomaliesPlugin, True, inputs).get()
	anomaly = WindowManager.getImage(base + " anomaly")
	for suffix in [" anomaly", " difference", " labels"]:
		Interpreter.removeBatchModeImage(WindowManager.getImage(base + suffix))
finally:
	Interpreter.batchMode = was_batch
if module.isCanceled():
	raise RuntimeError(module.getCancelReason())

# One row per defect in the Results table.
rt = ResultsTable.getResultsTable()
defect_count = rt.size()
columns = ["x", "y", "score", "significance", "sign", "area", "label"]
lines = [",".join(columns)]
for i in range(rt.size()):
	lines.append(",".join(rt.getStringValue(c, i) for c in columns))
defects_csv = "\n".join(lines)
print("%s: %d defects" % (title, defect_count))
