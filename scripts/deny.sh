#!/usr/bin/env bash
# Supply-chain check with cargo-deny (policy in deny.toml). Installs cargo-deny only when missing.
# licenses/bans/sources must pass. advisories needs the RustSec DB from github.com: if that fetch
# fails for network reasons this prints one line and exits 0; any real finding exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

CARGO_DENY_VERSION="${CARGO_DENY_VERSION:-0.20.2}"
if ! cargo deny --version >/dev/null 2>&1; then
  echo "installing cargo-deny $CARGO_DENY_VERSION (about 4 minutes on 2 cores)"
  cargo install cargo-deny --version "$CARGO_DENY_VERSION" --locked
fi

# --locked: check the committed Cargo.lock, never rewrite it.
cargo deny --locked check licenses bans sources

out="$(mktemp)"
trap 'rm -f "$out"' EXIT
if cargo deny --locked check advisories >"$out" 2>&1; then
  cat "$out"
elif grep -q 'failed to fetch advisory database' "$out" &&
     grep -Eq "unable to access 'https://github\.com/|Could not resolve host: github\.com" "$out"; then
  echo "advisories: RustSec database unreachable from this machine — not checked"
else
  cat "$out" >&2
  exit 1
fi
