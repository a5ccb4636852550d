#!/usr/bin/env bash
# Source this file, then call `qms_setup [--browser]`. It installs what the project needs on a
# fresh Debian machine with only Node >= 20 and npm: pnpm (the version package.json names, into
# .tools/ unless it is already on PATH), the dependencies, and with --browser Debian's Chromium.
# Each step is skipped when already done.

qms_setup() {
  local want
  want=$(node -p "require('./package.json').packageManager.split('@')[1]") || return 1
  if [ "$(pnpm --version 2>/dev/null || true)" != "$want" ]; then
    export PATH="$PWD/.tools/node_modules/.bin:$PATH"
    if [ "$(pnpm --version 2>/dev/null || true)" != "$want" ]; then
      echo "setup: installing pnpm $want into .tools/"
      # npm 11.19 refuses --allow-scripts in a --prefix install; without its install script pnpm
      # keeps its Node.js entry points, which is all this project needs.
      npm install --prefix .tools --no-save --no-package-lock \
        --loglevel=error "pnpm@$want" >/dev/null || return 1
    fi
  fi

  if [ "${1:-}" = "--browser" ] && [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
    echo "setup: installing Chromium from Debian's packages"
    local sudo_cmd=""
    if [ "$(id -u)" != "0" ]; then sudo_cmd="sudo"; fi
    $sudo_cmd apt-get update -qq || return 1
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null || return 1
  fi

  export TURBO_TELEMETRY_DISABLED=1
  pnpm install --frozen-lockfile --reporter=silent
}
