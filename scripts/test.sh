#!/usr/bin/env bash
# Everything CI checks, in order, stopping at the first failure:
#   lint · typecheck · unit tests · e2e tests (Chromium + Firefox, includes the build) · web-ext lint
# Installs chromium and firefox-esr from apt when missing. Ends with "all: N passed, M failed",
# counting every test plus each of the three lint/typecheck steps as one check.
set -euo pipefail
cd "$(dirname "$0")/.."

RESULTS=.tmp/results
mkdir -p "$RESULTS" .tmp/home
rm -f "$RESULTS"/*.json
STEP=""
CHECKS_PASSED=0
CHECKS_FAILED=0
T0=$(date +%s)

banner() { printf '\n==== %s ====\n' "$*"; }

# Sum vitest JSON reports: "<passed> <failed> <skipped>".
tally() {
  node -e '
    const fs = require("fs");
    let p = 0, f = 0, s = 0;
    for (const file of process.argv.slice(1)) {
      if (!fs.existsSync(file)) continue;
      const r = JSON.parse(fs.readFileSync(file, "utf8"));
      p += r.numPassedTests; f += r.numFailedTests; s += r.numPendingTests + r.numTodoTests;
    }
    console.log(p, f, s);
  ' "$@"
}

summary() {
  local rc=$?
  read -r up uf us < <(tally "$RESULTS/unit.json")
  read -r ep ef es < <(tally "$RESULTS/e2e.json")
  [ "$rc" -ne 0 ] && [ -n "$STEP" ] && case "$STEP" in lint | typecheck | lint:firefox) CHECKS_FAILED=$((CHECKS_FAILED + 1)) ;; esac
  banner "summary ($(($(date +%s) - T0)) s)"
  echo "unit: $up passed, $uf failed, $us skipped"
  echo "e2e: $ep passed, $ef failed, $es skipped"
  echo "checks (lint, typecheck, lint:firefox): $CHECKS_PASSED passed, $CHECKS_FAILED failed"
  [ "$rc" -ne 0 ] && echo "FAILED at step: ${STEP:-setup} (exit $rc)"
  echo "all: $((up + ep + CHECKS_PASSED)) passed, $((uf + ef + CHECKS_FAILED)) failed"
  exit "$rc"
}
trap summary EXIT

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

STEP=browsers
banner "browsers: chromium and firefox-esr"
# The browsers' Chinese and Russian UI (tests/e2e/i18n.e2e.ts reads the extension in them) and CJK fonts.
BROWSER_PACKAGES="chromium chromium-l10n firefox-esr firefox-esr-l10n-zh-cn firefox-esr-l10n-ru fonts-noto-cjk"
# shellcheck disable=SC2086
if ! dpkg -s $BROWSER_PACKAGES >/dev/null 2>&1; then
  as_root apt-get update
  # shellcheck disable=SC2086
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y $BROWSER_PACKAGES
fi
chromium --version 2>/dev/null | grep -v 'unexpected operator' || true
firefox-esr --version 2>/dev/null || true

STEP=npm-ci
banner "dependencies: npm ci"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ] || [ "${FORCE_NPM_CI:-}" = 1 ]; then
  npm ci --no-audit --no-fund
else
  echo "node_modules is up to date with package-lock.json (FORCE_NPM_CI=1 to reinstall)"
fi

check() {
  STEP=$1
  banner "$1: npm run $1"
  npm run "$1"
  CHECKS_PASSED=$((CHECKS_PASSED + 1))
}

check lint
check typecheck

STEP=unit
banner "unit tests: npm test"
npm test -- --reporter=default --reporter=json --outputFile.json="$RESULTS/unit.json"

STEP=e2e
banner "e2e tests, Chromium and Firefox: npm run test:e2e"
npm run test:e2e -- --reporter=verbose --reporter=json --outputFile.json="$RESULTS/e2e.json"

check lint:firefox
STEP=""
