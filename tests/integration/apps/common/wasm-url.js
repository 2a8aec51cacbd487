// Where the page fetches the .wasm from: Vite and webpack 5 resolve the package subpath export
// inside `new URL(…, import.meta.url)` and emit the file as a hashed asset.
export const wasmUrl = new URL('ticket-guard/ticket_guard_bg.wasm', import.meta.url);
