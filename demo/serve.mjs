// A tiny dependency-free static file server for the demo, bound to 127.0.0.1.
//
//   node demo/serve.mjs <root> <port>      (prints nothing but errors; `make demo` prints the URL)
//   import { start } from './serve.mjs'; const { url, close } = await start(root, 0);
//
// Only GET/HEAD of regular files under <root>; `/dir/` serves `dir/index.html`. No directory
// listings, no traversal (resolved paths must stay inside the real root, symlinks included).
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** Maps a URL path to a file inside `root`, or null when it is not a servable file. */
async function locate(root, urlPath) {
  let rel;
  try {
    rel = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (rel.includes('\0')) return null;
  let file = resolve(root, '.' + (rel.startsWith('/') ? rel : '/' + rel));
  if (file !== root && !file.startsWith(root + sep)) return null;
  try {
    let st = await stat(file);
    if (st.isDirectory()) {
      if (!rel.endsWith('/')) return { redirect: rel + '/' };
      file = join(file, 'index.html');
      st = await stat(file);
    }
    if (!st.isFile()) return null;
    const real = await realpath(file);
    if (!real.startsWith(root + sep)) return null;
    return { file: real, size: st.size };
  } catch {
    return null;
  }
}

/**
 * Serves `root` on 127.0.0.1:`port` (0 picks a free port).
 * @returns {Promise<{url: string, close: () => Promise<void>}>}
 */
export async function start(root, port = 0) {
  const base = await realpath(resolve(root));
  const server = createServer(async (req, res) => {
    const fail = (status, text) => {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(text);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return fail(405, 'method not allowed');
    const hit = await locate(base, new URL(req.url, 'http://127.0.0.1').pathname);
    if (!hit) return fail(404, 'not found');
    if (hit.redirect) {
      res.writeHead(301, { location: encodeURI(hit.redirect) });
      return res.end();
    }
    res.writeHead(200, {
      'content-type': MIME[extname(hit.file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': hit.size,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(hit.file)
      .on('error', (e) => {
        console.error(`serve: ${hit.file}: ${e.message}`);
        res.destroy();
      })
      .pipe(res);
  });
  server.on('clientError', (_e, socket) => socket.destroy());
  await new Promise((ok, ko) => {
    server.once('error', ko);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', ko);
      ok();
    });
  });
  const { port: bound } = server.address();
  return {
    url: `http://127.0.0.1:${bound}/`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [root = '.', port = '8080'] = process.argv.slice(2);
  const n = Number(port);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    console.error(`serve: bad port ${port}`);
    process.exit(2);
  }
  start(root, n).catch((e) => {
    console.error(`serve: ${e.message}`);
    process.exit(1);
  });
}
