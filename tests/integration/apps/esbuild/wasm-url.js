// esbuild: the `file` loader copies the .wasm to the output folder and returns its path.
import wasmPath from 'ticket-guard/ticket_guard_bg.wasm';

export const wasmUrl = new URL(wasmPath, import.meta.url);
