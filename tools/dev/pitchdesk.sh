#!/usr/bin/env bash
# Entry point of `npm start` and `npm test` on a fresh machine: only Debian, npm and any
# Node are assumed. It installs the npm dependencies (which bring Node 24 itself, as the
# `node` package) when the lockfile changed, then hands over to the TypeScript CLI.
set -euo pipefail
cd "$(dirname "$0")/../.."

marker=node_modules/.pitchdesk-installed
if [ ! -f "$marker" ] || [ package-lock.json -nt "$marker" ] || [ package.json -nt "$marker" ]; then
  echo "==> npm install (dependencies changed or not installed yet)"
  # Not `npm ci`: this registry lacks some optional per-platform binaries (darwin, win32
  # builds of sass-embedded, rolldown...), which the lockfile cannot record, and `npm ci`
  # refuses such a lockfile. `npm install` follows the lockfile and skips them.
  npm install --no-audit --no-fund --loglevel=error
  touch "$marker"
fi

# From here on `node`, `nx`, `vitest`... are the project's own (Node 24 from node_modules).
export PATH="$PWD/node_modules/.bin:$PATH"
exec node tools/dev/src/cli.ts "$@"
