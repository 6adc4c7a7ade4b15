#!/usr/bin/env bash
# Benchmark: lays out and renders the diagram of a generated framework of 200 constructs (5 items each, drawn with
# --items: 1,200 nodes) and 300 hypotheses (direct effects forward through the constructs, mediations over stated
# paths, a few moderations), as SVG and as PNG at 96 dpi (at 300 dpi this 37,000-pixel-wide figure does not fit a default heap). Prints, per run:
#   - the wall time of `framewright draw`, JVM start included;
#   - the wall time of `framewright validate` on the same file (JVM start, parsing, linking and validation);
#   - their difference: laying out and rendering, "after JVM start" (the target is under 2 s).
# For reference it also times Graphviz `dot -Tsvg` on the same structure (constructs and items as nodes, every
# arrow as an edge) when Graphviz is installed (Debian: apt-get install graphviz).
#
# Usage: bench/draw-large.sh [RUNS]        (default 3 timed runs after one warm-up run)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
framewright="${FRAMEWRIGHT:-$root/framewright}"
runs="${1:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$work/large.fwk" "$work/large.dot" <<'PY'
import random, sys

CONSTRUCTS, ITEMS, DIRECTS, MEDIATIONS, MODERATIONS = 200, 5, 240, 45, 15
rng = random.Random(20261122)  # fixed seed: every run draws the same framework
fwk = ['framework Large "A generated framework of 200 constructs"\n',
       'scale Agree5 likert 5 labels "Strongly disagree" "Disagree" "Neutral" "Agree" "Strongly agree"\n']
dot = ['digraph Large {\n  rankdir=LR;\n']
for c in range(CONSTRUCTS):
    fwk.append(f'construct C{c} "Construct number {c} of the framework" scale Agree5 {{\n')
    dot.append(f'  C{c} [shape=ellipse, label="Construct number {c}\\nof the framework"];\n')
    for i in range(ITEMS):
        fwk.append(f'    item C{c}I{i} "Item {i} of construct {c}."\n')
        dot.append(f'  C{c}I{i} [shape=box]; C{c} -> C{c}I{i};\n')
    fwk.append('}\n')
paths = [(c, c + 1) for c in range(CONSTRUCTS - 1)]
stated = set(paths)
while len(paths) < DIRECTS:
    a = rng.randrange(CONSTRUCTS - 1)
    b = rng.randrange(a + 1, min(CONSTRUCTS, a + 12))
    if (a, b) not in stated:
        stated.add((a, b))
        paths.append((a, b))
n = 0
for a, b in paths:
    n += 1
    fwk.append(f'hypothesis H{n}: C{a} -> C{b} positive\n')
    dot.append(f'  C{a} -> C{b} [label="H{n} (+)"];\n')
successors = {}
for a, b in paths:
    successors.setdefault(a, []).append(b)
mediations = set()
while len(mediations) < MEDIATIONS:
    x = rng.choice(paths)[0]
    m = rng.choice(successors[x])
    if m in successors:
        y = rng.choice(successors[m])
        if (x, m, y) not in mediations:
            mediations.add((x, m, y))
            n += 1
            fwk.append(f'hypothesis H{n}: C{x} -> C{m} -> C{y} mediation partial\n')
moderations = set()
while len(moderations) < MODERATIONS:
    a, b = rng.choice(paths)
    w = rng.randrange(CONSTRUCTS)
    if w not in (a, b) and (a, b) not in moderations:
        moderations.add((a, b))
        n += 1
        fwk.append(f'hypothesis H{n}: C{w} moderates C{a} -> C{b} strengthens\n')
        dot.append(f'  C{w} -> C{a} [label="H{n} (+)"];\n')
dot.append('}\n')
open(sys.argv[1], 'w', encoding='utf-8').writelines(fwk)
open(sys.argv[2], 'w', encoding='utf-8').writelines(dot)
PY

seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>"$work/err.txt" || { echo "failed: $*" >&2; cat "$work/err.txt" >&2; exit 1; }; end=$(date +%s.%N); echo "$end - $start" | bc; }

echo "framework: 200 constructs, 1,000 items, 300 hypotheses ($(du -k "$work/large.fwk" | cut -f1) KB)"
echo "warm-up (may include the one-time build of the command line)..."
"$framewright" draw "$work/large.fwk" --items -o "$work/warm.svg" >/dev/null 2>&1 || true
for run in $(seq 1 "$runs"); do
  validate=$(seconds "$framewright" validate "$work/large.fwk")
  svg=$(seconds "$framewright" draw "$work/large.fwk" --items --force -o "$work/large.svg")
  png=$(seconds "$framewright" draw "$work/large.fwk" --items --format png --dpi 96 --force -o "$work/large.png")
  printf 'run %d: validate %5.2f s | draw --items svg %5.2f s (layout+render %5.2f s) | png 96 dpi %5.2f s (layout+render %5.2f s)\n' \
    "$run" "$validate" "$svg" "$(echo "$svg - $validate" | bc)" "$png" "$(echo "$png - $validate" | bc)"
done
echo "diagram: $(head -c 300 "$work/large.svg" | grep -o 'width="[0-9.]*" height="[0-9.]*"' | head -n 1), png $(du -k "$work/large.png" | cut -f1) KB"
if command -v dot >/dev/null 2>&1; then
  for run in $(seq 1 "$runs"); do
    printf 'reference: Graphviz dot -Tsvg on the same nodes and arrows: %5.2f s\n' "$(seconds dot -Tsvg "$work/large.dot" -o "$work/dot.svg")"
  done
else
  echo "reference: Graphviz is not installed (apt-get install graphviz); no comparison this run"
fi
