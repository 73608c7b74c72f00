#!/usr/bin/env bash
# Side by side: helpbot's classifier and nlp.js 4.27 on the same files.
# Usage: benchmarks/nlpjs/compare.sh TRAIN.tsv TEST.tsv [OOS_LABEL] [VAL.tsv]
#   e.g. benchmarks/nlpjs/compare.sh intents/clinc150/train.tsv intents/clinc150/test.tsv oos intents/clinc150/val.tsv
# With VAL.tsv, helpbot chooses its fusion weight and threshold there (nlu eval --val); nlp.js uses its own.
# Needs Node.js 18+ and npm (installs nlp.js into benchmarks/nlpjs/node_modules) and a built helpbot.jar.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
train="$(realpath "$1")"; test="$(realpath "$2")"; oos="${3:-oos}"
val_args=(); [ -n "${4:-}" ] && val_args=(--val "$(realpath "$4")")
jar="$root/bot-app/target/helpbot.jar"
[ -f "$jar" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }
(cd "$here" && npm install --no-audit --no-fund --silent >/dev/null)
helpbot="$(java -Xmx6g -jar "$jar" nlu eval --train "$train" "${val_args[@]}" --test "$test" --oos-label "$oos" --json 2>/dev/null)"
nlpjs="$(cd "$here" && node eval.js "$train" "$test" "$oos" 2>/dev/null | tail -1)"
node -e '
  const row = (name, r) => console.log([name, (100 * r.in_scope_accuracy).toFixed(1),
    r.oos_recall == null ? "n/a" : (100 * r.oos_recall).toFixed(1), (r.train_ms / 1000).toFixed(1),
    Math.round(r.classify_per_sec)].join("\t"));
  console.log(["system", "in-scope %", "oos recall %", "train s", "classify/s"].join("\t"));
  row("helpbot", JSON.parse(process.argv[1]));
  row("nlp.js 4.27.0", JSON.parse(process.argv[2]));' "$helpbot" "$nlpjs"
