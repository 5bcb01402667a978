#@ File (label="Patches (TIFF stack, .npy stack or folder of images)", style="both") patches_file
#@ File (label="Model file (.stemsift)", style="open") model_file
#@ Double (label="Band width k (standard deviations)", value=1.5, min=0) k
#@ CommandService command
#@output Integer patch_count
#@output Integer defect_count
#@output String defect_patches

# STEMsift: decide for each patch of a set whether it holds a defect (Prifti et al.: its ANM lies outside the bulk band
# of the model), and where the anomaly peaks.
#
# In Fiji: File > New > Script..., language Python, open this file and Run.
# Headless:
#   ImageJ --headless --run classify_patches.py "patches_file='/data/patches.npy',model_file='/models/sto.stemsift',k=1.5"
# Outputs: the number of patches and of defect patches, and the defect patches as lines "name,anm,peak_x,peak_y".

from java.util import HashMap
from ij.measure import ResultsTable
from org.stemsift.bridge import ImagePlusBridge
from org.stemsift.fiji import ClassifyPatchesPlugin
from org.stemsift.io import ImageFiles

# STEMsift's reader takes all three forms of a patch set and keeps the file names of a folder as patch names.
stack = ImagePlusBridge.toImagePlus(ImageFiles.readPatches(patches_file.toPath()), patches_file.getName())

module = command.run(ClassifyPatchesPlugin, True, HashMap({"patches": stack, "model": model_file, "k": k})).get()
if module.isCanceled():
	raise RuntimeError(module.getCancelReason())

# One row per patch in the Results table: index, name, anm, defect (1/0), peak_x, peak_y, band_low, band_high.
rt = ResultsTable.getResultsTable()
patch_count = rt.size()
lines = []
for i in range(rt.size()):
	if rt.getValue("defect", i) == 1:
		lines.append("%s,%.6g,%d,%d" % (rt.getStringValue("name", i), rt.getValue("anm", i), rt.getValue("peak_x", i), rt.getValue("peak_y", i)))
defect_count = len(lines)
defect_patches = "\n".join(lines)
print("%s: %d of %d patches hold a defect" % (patches_file.getName(), defect_count, patch_count))
