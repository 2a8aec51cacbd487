import { wasmUrl } from './wasm-url.js';
import { startWorker } from './consumer.js';

startWorker(wasmUrl, new Worker(new URL('./worker.js', import.meta.url), { type: 'module' }));
