#!/usr/bin/env bash
# Regenerates the pictures of the user guide (docs/images/*.png) from the bundled sample and generated lattices,
# with fixed seeds. Takes about 5 minutes on two idle CPU cores, most of it the CVAE training (25 minutes on a heavily
# loaded machine). Seeded training repeats exactly only on an idle machine: under load a rerun can differ slightly,
# so check the numbers quoted in docs/*.md (printed at the end) against the new run.
#   tools/docs/make-pictures.sh [WORK_DIR]      (default WORK_DIR: a new temporary folder; kept for inspection)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
stemsift="$here/bin/stemsift"
sample="$here/sample-data/perovskite"
images="$here/docs/images"
work="${1:-$(mktemp -d -t stemsift-pictures.XXXXXX)}"
mkdir -p "$work" "$images"
echo "Working in $work"

# 1. Train CVAE: the demo's settings (8 epochs of 1,024 crops, seed 42) on the defect-free reference image.
"$stemsift" train-cvae --image "$sample/reference.tif" --model "$work/perovskite.stemsift" --epochs 8 --crops-per-epoch 1024 --seed 42 -q
cp "$work/perovskite-training.png" "$images/train-cvae-losses.png"

# 2. Detect Anomalies: the sample image, automatic threshold.
"$stemsift" detect --model "$work/perovskite.stemsift" --image "$sample/image.tif" --out "$work/detect" -q
cp "$work/detect/overview.png" "$images/detect-overview.png"

# 3. Classify Patches: 64x64 patches centred on the sample's planted defects, and as many from the reference image.
java -cp "$here/target/classes:$(cat "$here/target/cli-classpath.txt")" "$here/tools/docs/CutPatches.java" "$sample" "$work/patches" 64
"$stemsift" classify-patches --model "$work/perovskite.stemsift" --patches "$work/patches" --out "$work/classify" -q
cp "$work/classify/montage.png" "$images/classify-montage.png"

# 4. Patterson One-Class SVM, scheme 1, on the bundled sample.
"$stemsift" patterson-ocsvm --image "$sample/image.tif" --out "$work/patterson" -q
cp "$work/patterson/overview.png" "$images/patterson-perovskite-overview.png"
cp "$work/patterson/nu_scan.png" "$images/patterson-perovskite-nu-scan.png"

# 5. generate: a honeycomb lattice with two defects of each kind. The CVAE of step 1 knows only the perovskite, so the
#    picture is the Patterson overview of the generated image (no training needed).
"$stemsift" generate --out "$work/generated" --lattice HEXAGONAL --size 384 --spacing 20 --defects 2 --seed 3
"$stemsift" patterson-ocsvm --image "$work/generated/image.tif" --out "$work/generated/patterson" -q
cp "$work/generated/patterson/overview.png" "$images/generate-honeycomb-patterson.png"

# 6. batch: both steps over the sample folder with the model of step 1; docs/batch.md quotes summary.csv, and its
#    picture is the batch's image/detect/overview.png, the same as step 2's.
cat >"$work/batch-job.json" <<JOB
{ "input": "$sample", "output": "$work/batch", "images": "*.tif",
  "steps": [ { "type": "detect", "model": "$work/perovskite.stemsift" }, { "type": "patterson-ocsvm", "name": "ocsvm", "scheme": 1 } ] }
JOB
"$stemsift" batch --config "$work/batch-job.json" -q
cmp -s "$work/batch/image/detect/overview.png" "$images/detect-overview.png" && echo "batch overview = detect overview" || echo "batch overview differs from detect overview"

echo "Pictures:"
ls -l "$images"/train-cvae-losses.png "$images"/detect-overview.png "$images"/classify-montage.png "$images"/patterson-perovskite-*.png "$images"/generate-honeycomb-patterson.png
echo "Numbers for the guide:"
head -3 "$work/detect/defects.csv"
echo "defects found: $(($(wc -l <"$work/detect/defects.csv") - 1))"
tail -2 "$work/detect/defects.csv"
cut -d, -f2-6 "$work/classify/patches.csv"
cat "$work/batch/summary.csv"
