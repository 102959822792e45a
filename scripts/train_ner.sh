#!/usr/bin/env bash
# Rebuilds the NER lexicons and retrains data/lang/id/ner.model from the TRAIN
# splits in ../shared/data/id/ner (never valid/dev/test): NERGrit, idner-news-2k,
# UGM and NERP (lower-cased; sentence-level `all_lower` features let the model
# tell such sentences apart). Deterministic: same
# inputs, same bytes (fixed seed, fixed epochs). Takes about a minute.
#
#   scripts/train_ner.sh            # writes data/lang/id/ner.model
#   scripts/train_ner.sh --dev      # also prints dev scores after every epoch
set -euo pipefail
cd "$(dirname "$0")/.."
ner=../shared/data/id/ner
python3 scripts/build_ner_lexicons.py
dev=()
if [[ "${1:-}" == "--dev" ]]; then
  dev=(--dev "$ner/nergrit/valid_preprocess.txt" --dev "$ner/idner-news-2k/dev.txt" --dev "$ner/nerp/valid_preprocess.txt")
fi
cargo run -q --release -p warta-ner --bin warta-train-ner -- \
  --lang-dir data/lang/id \
  --train "columns:$ner/nergrit/train_preprocess.txt" \
  --train "columns:$ner/idner-news-2k/train.txt" \
  --train "inline:$ner/ugm/data_train.txt" \
  --train "columns:$ner/nerp/train_preprocess.txt" \
  --epochs 12 --seed 20231106 --prune 1.0 \
  "${dev[@]}" \
  --out data/lang/id/ner.model
