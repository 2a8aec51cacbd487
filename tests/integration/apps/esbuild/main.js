// esbuild leaves `new URL(…, import.meta.url)` alone, so the .wasm's URL is passed to `init`.
import * as api from 'ticket-guard';
import { wasmUrl } from './wasm-url.js';
import { runInPage } from './consumer.js';

runInPage(api, () => api.init(wasmUrl));
