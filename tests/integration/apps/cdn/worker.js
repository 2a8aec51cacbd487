import * as api from './npm/ticket-guard/dist/index.js';
import { serveWorker } from './consumer.js';

serveWorker(api);
