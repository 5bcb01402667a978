#@ File (label="Defect-free image", style="open") image_file
#@ File (label="Model file to write (.stemsift)", style="save") model_file
#@ Integer (label="Maximum epochs", value=20, min=1) epochs
#@ Integer (label="Crops per epoch", value=2048, min=16) crops_per_epoch
#@ Integer (label="Patch size (px, a multiple of 8)", value=64, min=16) patch_size
#@ String (label="Network size", choices={"standard", "small"}, value="standard") network_size
#@ Long (label="Random seed", value=42) seed
#@ CommandService command
#@output String summary
#@output Integer epochs_run
#@output Double validation_loss

# STEMsift: train a CVAE on a defect-free image and save the model file.
#
# In Fiji: File > New > Script..., language Python, open this file and Run (a dialog asks for the parameters).
# Headless:
#   ImageJ --headless --run train_cvae.py "image_file='/data/bulk.tif',model_file='/models/bulk.stemsift',epochs=20"
# The image is read from a file (TIFF, PNG, DM3/DM4, .npy, ...), so the script also runs where no image window exists. To train on a defect-free
# region only, crop it first (or open the image, draw a rectangle and run Plugins > STEMsift > Train CVAE...).

from java.util import HashMap
from ij.measure import ResultsTable
from org.stemsift.bridge import ImagePlusBridge
from org.stemsift.fiji import TrainCvaePlugin
from org.stemsift.io import ImageFiles

# STEMsift's reader: TIFF, PNG, JPEG, DM3/DM4 and .npy, with the calibration; a clear message for what it refuses.
imp = ImagePlusBridge.toImagePlus(ImageFiles.readImage(image_file.toPath()))

module = command.run(TrainCvaePlugin, True, HashMap({"image": imp, "model": model_file, "useSelection": False, "epochs": epochs,
	"cropsPerEpoch": crops_per_epoch, "patchSize": patch_size, "networkSize": network_size, "seed": seed})).get()
if module.isCanceled():
	raise RuntimeError(module.getCancelReason())
summary = module.getOutput("summary")

# The losses per epoch are in the Results table: epoch, training_loss, validation_loss.
rt = ResultsTable.getResultsTable()
epochs_run = rt.size()
validation_loss = rt.getValue("validation_loss", rt.size() - 1)
for i in range(rt.size()):
	print("epoch %d: training %.2f, validation %.2f" % (rt.getValue("epoch", i), rt.getValue("training_loss", i), rt.getValue("validation_loss", i)))
print(summary)
