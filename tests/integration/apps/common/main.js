// Main thread, as in the README: a plain `init()`; the bundler emits the .wasm and rewrites its URL.
import * as api from 'ticket-guard';
import { runInPage } from './consumer.js';

runInPage(api, () => api.init());
