# ticket-guard: `make demo` and `make test` do all set-up themselves on a fresh machine and
# skip what is already there. See README.md.

SHELL := /bin/bash
.ONESHELL:
.SHELLFLAGS := -eu -o pipefail -c
.PHONY: all setup setup-rust setup-js setup-browser build wasm glue wrapper demo demo-pkg test test-rust \
        test-wasm-node test-wasm-browser test-js test-e2e test-integration deny bench fuzz clean

WASM_BINDGEN_VERSION := 0.2.130
TARGET := wasm32-unknown-unknown
WASM_RAW := target/$(TARGET)/release/ticket_guard.wasm
GLUE_DIR := js/src/wasm
# Wasm features for both wasm-opt runs. The first also finds multivalue in the module's
# target_features section and then strips that section, so the reorder run adds it by name.
WASM_FEATURES := --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-reference-types --enable-mutable-globals
PORT ?= 8080
export PATH := $(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver

all: build

# ---- set-up (idempotent) -------------------------------------------------------------------
setup: setup-rust setup-js

setup-rust:
	rustup target list --installed | grep -qx $(TARGET) || rustup target add $(TARGET)
	if ! wasm-bindgen --version 2>/dev/null | grep -q " $(WASM_BINDGEN_VERSION)"; then
	  echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (about 3 minutes)"
	  cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)
	fi

# npm ci only when the lock file is newer than the last install.
setup-js:
	for dir in js tests; do
	  if [ ! -f $$dir/node_modules/.package-lock.json ] || [ $$dir/package-lock.json -nt $$dir/node_modules/.package-lock.json ]; then
	    (cd $$dir && npm ci --no-audit --no-fund --loglevel=error)
	  fi
	done

setup-browser:
	if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
	fi
	# CJK glyphs for the screenshots (the tests pass without them).
	if ! fc-list 2>/dev/null | grep -qi "wenquanyi\|wqy"; then
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-wqy-microhei >/dev/null
	fi

# ---- build ---------------------------------------------------------------------------------
build: setup wasm glue wrapper

# The remaps keep the builder's paths out of the panic locations in the shipped .wasm; the
# short names for the standard library and the crate registry also save ~80 B gzipped.
# `cargo fetch` first, so that the registry folder exists on a fresh machine.
wasm:
	cargo fetch --quiet
	registry=$$(ls -d $${CARGO_HOME:-$$HOME/.cargo}/registry/src/index.crates.io-* | head -1)
	RUSTFLAGS="--remap-path-prefix=$(HOME)=~ --remap-path-prefix=$$(rustc --print sysroot)/lib/rustlib/src/rust/library=std --remap-path-prefix=$$registry=crates" \
	  cargo build --release --target $(TARGET) --lib --features tiny

# wasm-bindgen glue, the panic-message code snipped (scripts/snip.mjs: −2.1 KB gzipped), then
# wasm-opt from the npm `binaryen` package (Debian's v108 corrupts the output).
# --low-memory-unused lets constant offsets fold into loads: the first KiB is the bottom of the
# 1 MiB stack, which nothing reaches (the JSON parser caps nesting at 128), and the heap grows
# above the data. Together with --converge and the two strips: −1.3 KB gzipped. -O4 rather than
# -Oz: ~5 % faster in every call and, after gzip, 145 B smaller; -Oz's passes after -O4's take
# another 150 B off and leave its inlining (mask 1–2 % slower, classify and batches the same).
# Inlining tuned by measurement: a function with one caller is inlined only up to 15 bytes
# (−4.5 KB gzipped against wasm-opt's default: the big single-caller bodies merged into their
# callers compressed worse; 100 was 2.7 KB larger), small functions up to 28 (30 was 1.1 KB
# larger than the default 20 for 3–7 % faster calls; 40 as fast as 30 and 0.6 KB larger; 26 made
# mask 24 % slower). 15 and 28 took 221 B off 40 and 30 for the lexicon: mask, review and
# analyzeBatch within the noise of interleaved runs, single calls of analyze and validate ~5 %
# slower and classify ~2 % (interleaved, pinned, both orders).
# Functions that differ only in constants merged first, before inlining copies them: −168 B
# gzipped, speed within the noise of interleaved runs (mask, classify, review 0.97–1.06×).
# Last, the functions reordered so that similar bodies sit together within gzip's window
# (scripts/order.mjs names them in that order, wasm-opt applies it; the stack-IR options only
# keep the re-encoding as tight as the optimising run's): ~1 KB smaller gzipped.
glue:
	mkdir -p $(GLUE_DIR) js/dist/wasm
	wasm-bindgen --target web --out-dir $(GLUE_DIR) --out-name ticket_guard $(WASM_RAW)
	node scripts/snip.mjs $(GLUE_DIR)/ticket_guard_bg.wasm $(GLUE_DIR)/ticket_guard_bg.wasm
	js/node_modules/.bin/wasm-opt --merge-similar-functions -O4 --one-caller-inline-max-function-size 15 --flexible-inline-max-function-size 28 --converge --low-memory-unused --strip-producers --strip-target-features -Oz \
	  $(WASM_FEATURES) $(GLUE_DIR)/ticket_guard_bg.wasm -o $(GLUE_DIR)/ticket_guard_bg.wasm
	node scripts/order.mjs $(GLUE_DIR)/ticket_guard_bg.wasm $(GLUE_DIR)/ordered.wasm
	js/node_modules/.bin/wasm-opt --optimize-level=4 --shrink-level=2 --reorder-functions-by-name \
	  --generate-stack-ir --optimize-stack-ir $(WASM_FEATURES) --enable-multivalue \
	  $(GLUE_DIR)/ordered.wasm -o $(GLUE_DIR)/ticket_guard_bg.wasm
	rm $(GLUE_DIR)/ordered.wasm

# tsc does not copy the generated glue: copy it next to the compiled wrapper.
wrapper:
	(cd js && node_modules/.bin/tsc -p tsconfig.json)
	cp $(GLUE_DIR)/ticket_guard.js $(GLUE_DIR)/ticket_guard_bg.wasm js/dist/wasm/
	gz() { gzip -9c "$$1" | wc -c; }
	echo "built: .wasm $$(stat -c %s js/dist/wasm/ticket_guard_bg.wasm) B ($$(gz js/dist/wasm/ticket_guard_bg.wasm) B gzipped)," \
	  "glue+wrapper $$(($$(gz js/dist/wasm/ticket_guard.js) + $$(gz js/dist/index.js))) B gzipped"

# ---- demo ----------------------------------------------------------------------------------
# The demo page and the extension load the built package from their own folders.
demo-pkg:
	for d in demo/pkg demo/extension/pkg; do rm -rf $$d && mkdir -p $$d && cp -r js/dist/. $$d/; done

demo: build demo-pkg
	echo "ticket-guard demo: http://127.0.0.1:$(PORT)/"
	node demo/serve.mjs demo $(PORT)

# ---- tests ---------------------------------------------------------------------------------
test: build setup-browser test-rust test-wasm-node test-wasm-browser test-js test-e2e test-integration deny
	echo "all test suites passed"

test-rust:
	cargo test --quiet

# Supply chain: licenses, bans, sources (deny.toml) and, when github.com is reachable, RustSec advisories.
deny:
	scripts/deny.sh

test-wasm-node:
	cargo test --target $(TARGET) --test web

test-wasm-browser: setup-browser
	WASM_BINDGEN_USE_BROWSER=1 cargo test --target $(TARGET) --test web

# The JS suites run against the real packed tarball installed in a temporary project.
test-js:
	pkg=$$(node tests/pack.mjs)
	trap 'rm -rf "$$(dirname "$$(dirname "$$pkg")")"' EXIT
	TG_PKG="$$pkg" node --test --test-reporter=spec tests/js/*.test.mjs

test-e2e: setup-browser demo-pkg
	node --test --test-reporter=spec tests/e2e/*.test.mjs

# Bundlers (Vite, webpack, esbuild), a CDN-style folder and a worker, each from the packed tarball, in Chromium.
test-integration: setup-browser
	d=tests/integration
	if [ ! -f $$d/node_modules/.package-lock.json ] || [ $$d/package-lock.json -nt $$d/node_modules/.package-lock.json ]; then
	  (cd $$d && npm ci --no-audit --no-fund --loglevel=error)
	fi
	pkg=$$(node tests/pack.mjs)
	trap 'rm -rf "$$(dirname "$$(dirname "$$pkg")")"' EXIT
	TG_PKG="$$pkg" node --test --test-reporter=spec tests/integration/*.test.mjs

# ---- benchmark and long fuzzing (not part of `make test`) ----------------------------------
bench: build
	pkg=$$(node tests/pack.mjs)
	(cd bench && [ -f node_modules/.package-lock.json ] || npm ci --no-audit --no-fund --loglevel=error)
	TG_PKG="$$pkg" node bench/run.mjs

fuzz:
	PROPTEST_CASES=20000 cargo test --release --quiet -- --include-ignored

clean:
	cargo clean
	rm -rf js/dist $(GLUE_DIR) demo/pkg demo/extension/pkg
