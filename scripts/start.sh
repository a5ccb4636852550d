#!/usr/bin/env bash
# Builds the packages and the demo dashboard, then serves it and prints its address.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
qms_setup
export TURBO_TELEMETRY_DISABLED=1
pnpm exec turbo run build --filter=@qms-kit/demo... --output-logs=errors-only
port="${PORT:-4173}"
echo
echo "qms-kit demo: http://127.0.0.1:${port}/  (Ctrl+C to stop)"
cd apps/demo && exec pnpm exec vite preview --host 127.0.0.1 --port "$port" --strictPort
