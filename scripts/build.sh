#!/usr/bin/env bash
# Build Second Source on a fresh Debian machine with Node.js >= 20.19:
#   dist/chrome, dist/firefox, dist/second-source-{chrome,firefox}-<version>.zip
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v node >/dev/null 2>&1; then
  echo "build: Node.js >= 20.19 is required (https://nodejs.org or: apt-get install nodejs npm)" >&2
  exit 1
fi
if ! node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>20||(a===20&&b>=19)?0:1)'; then
  echo "build: Node.js >= 20.19 is required, found $(node --version)" >&2
  exit 1
fi

# npm ci only when node_modules is missing or older than the lockfile (npm writes
# node_modules/.package-lock.json on every install). npm ci never rewrites a tracked file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

npm run build
