#!/usr/bin/env bash
# Runs every check the project has: build, lint and format, type checks, unit tests (node:test),
# browser tests (@web/test-runner in Chromium), end-to-end checks of the demo and Storybook.
# Ends with one line totalling every runner: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
qms_setup --browser || { echo "setup failed"; echo "0 passed, 1 failed, 0 skipped"; exit 1; }
export TURBO_TELEMETRY_DISABLED=1
export FORCE_COLOR=0 NO_COLOR=1

mkdir -p .test-output
log=.test-output/test.log
: >"$log"
gate_failures=0

step() {
  local name=$1
  shift
  echo "== $name"
  if "$@" 2>&1 | tee -a "$log"; then
    echo "== $name: ok"
  else
    echo "== $name: FAILED"
    gate_failures=$((gate_failures + 1))
  fi
}

step build pnpm exec turbo run build --output-logs=errors-only
step packages pnpm run check:packages
# Bundle sizes against the ceilings in .size-limit.json (gzip), so no change grows them unseen.
step size pnpm run size
step lint pnpm run lint
step typecheck pnpm exec turbo run typecheck --output-logs=errors-only
step test pnpm exec turbo run test --concurrency=1 --continue

# Totals from each runner's own summary lines (turbo prefixes them with "pkg:task: ").
sum() { grep -oE "$1" "$log" | grep -oE '[0-9]+$' | awk '{s+=$1} END {print s+0}'; }
node_pass=$(sum 'ℹ pass [0-9]+')
node_fail=$(sum 'ℹ fail [0-9]+')
node_skip=$(( $(sum 'ℹ skipped [0-9]+') + $(sum 'ℹ todo [0-9]+') ))
wtr_pass=$(grep -oE 'wtr: [0-9]+ passed' "$log" | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}')
wtr_fail=$(grep -oE 'wtr: [0-9]+ passed, [0-9]+ failed' "$log" | grep -oE '[0-9]+ failed' | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}')
wtr_skip=$(grep -oE '[0-9]+ failed, [0-9]+ skipped' "$log" | grep -oE '[0-9]+ skipped' | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}')

passed=$((node_pass + wtr_pass))
failed=$((node_fail + wtr_fail))
skipped=$((node_skip + wtr_skip))
echo
echo "node:test ${node_pass} passed, ${node_fail} failed; browser ${wtr_pass} passed, ${wtr_fail} failed; failed steps: ${gate_failures}"
if [ "$gate_failures" -gt 0 ] && [ "$failed" -eq 0 ]; then
  # A step failed outside any test runner (build, lint, types): count it so the line says so.
  failed=$gate_failures
fi
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$failed" -gt 0 ] || [ "$gate_failures" -gt 0 ] || [ "$passed" -eq 0 ]; then exit 1; fi
