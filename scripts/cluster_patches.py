#@ File (label="Patches (TIFF stack, .npy stack or folder of images)", style="both") patches_file
#@ File (label="Model file (.stemsift)", style="open") model_file
#@ Integer (label="Largest K of the scan (Kmax)", value=10, min=2) kmax
#@ Integer (label="Fixed K (0 = by the highest mean silhouette)", value=0, min=0) k
#@ Long (label="Random seed", value=42) seed
#@ File (label="Save results to folder (optional)", style="directory", required=false) output_folder
#@ CommandService command
#@output Integer cluster_count
#@output String clusters_csv
#@output String cluster_sizes

# STEMsift: sort a set of patches into defect types without labels (CVAE difference images -> features -> three-tier
# selection -> PCA -> k-means, K by the highest mean silhouette).
#
# In Fiji: File > New > Script..., language Python, open this file and Run.
# Headless:
#   ImageJ --headless --run cluster_patches.py "patches_file='/data/patches',model_file='/models/sto.stemsift',kmax=10,k=0,seed=42"
# Outputs: the number of clusters, "file,cluster,silhouette" per patch as CSV text, and the size of each cluster
# ("1: 12, 2: 30, ..."). With an output folder the command also writes clusters.csv, features.csv, the per-cluster
# summary, the selection report and the plots there.

from java.util import HashMap
from ij.measure import ResultsTable
from org.stemsift.bridge import ImagePlusBridge
from org.stemsift.fiji import ClusterPatchesPlugin
from org.stemsift.io import ImageFiles

# STEMsift's reader takes all three forms of a patch set and keeps the file names of a folder as patch names.
stack = ImagePlusBridge.toImagePlus(ImageFiles.readPatches(patches_file.toPath()), patches_file.getName())

inputs = HashMap({"patches": stack, "model": model_file, "kmax": kmax, "k": k, "seed": seed, "view": "none", "showplots": False})
if output_folder is not None:
	inputs.put("outputfolder", output_folder)
module = command.run(ClusterPatchesPlugin, True, inputs).get()
if module.isCanceled():
	raise RuntimeError(module.getCancelReason())

# One row per patch in the Results table: file, cluster (1..K), silhouette, PCA scores, then every feature.
rt = ResultsTable.getResultsTable()
lines = ["file,cluster,silhouette"]
sizes = {}
for i in range(rt.size()):
	cluster = int(rt.getValue("cluster", i))
	sizes[cluster] = sizes.get(cluster, 0) + 1
	lines.append("%s,%d,%.4f" % (rt.getStringValue("file", i), cluster, rt.getValue("silhouette", i)))
clusters_csv = "\n".join(lines)
cluster_count = len(sizes)
cluster_sizes = ", ".join("%d: %d" % (c, sizes[c]) for c in sorted(sizes))
print("%s: %d patches in %d clusters (%s)" % (patches_file.getName(), rt.size(), cluster_count, cluster_sizes))
