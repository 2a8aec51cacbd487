import * as api from 'ticket-guard';
import { serveWorker } from './consumer.js';

serveWorker(api);
