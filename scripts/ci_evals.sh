#!/usr/bin/env bash
# Fast quality evals against ../shared, printed into the CI log. Each eval
# prints its own precision/recall/F1 lines; this script only runs them.
# Failing scores are reported, not fatal, except the reference article whose
# acceptance is tracked by the issues (see docs/quality.md).
set -uo pipefail
cd "$(dirname "$0")/.."
bin=target/debug/warta
cargo build -q -p warta-cli
shared=../shared
seed=$shared/eval/seed/000_10b382b21a4f655d
echo "-- reference article"
"$bin" extract "$seed.txt" > /tmp/warta-seed.jsonl || true
python3 "$shared/eval/score_seed.py" "$seed.gold.json" /tmp/warta-seed.jsonl || true
