// demo/serve.mjs: MIME types the browser insists on, no way out of the root, loopback only.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start } from '../../demo/serve.mjs';

let dir;
let server;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tg-serve-'));
  const root = join(dir, 'root');
  mkdirSync(join(root, 'sub'), { recursive: true });
  const files = { 'index.html': '<!doctype html>', 'a.js': 'export {}', 'a.mjs': 'export {}', 'a.wasm': '\0asm', 'a.json': '{}', 'a.css': 'b{}', 'a.svg': '<svg/>', 'a.png': 'png', 'sub/index.html': 'sub', 'x y.txt': 'space' };
  for (const [name, body] of Object.entries(files)) writeFileSync(join(root, name), body);
  writeFileSync(join(dir, 'secret.txt'), 'outside the root');
  symlinkSync(join(dir, 'secret.txt'), join(root, 'link.txt'));
  server = await start(root, 0);
});

after(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A raw GET (no URL normalisation by a client library). */
function get(path, method = 'GET') {
  const { hostname, port } = new URL(server.url);
  return new Promise((ok, ko) => {
    const req = request({ host: hostname, port, path, method }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => ok({ status: res.statusCode, type: res.headers['content-type'], location: res.headers.location, body }));
    });
    req.on('error', ko);
    req.setTimeout(5000, () => req.destroy(new Error('timeout')));
    req.end();
  });
}

test('binds to 127.0.0.1 on the port it was given (0 = any free one)', () => {
  assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
});

test('serves the MIME types browsers require', async () => {
  const expect = {
    '/': 'text/html', '/a.js': 'text/javascript', '/a.mjs': 'text/javascript', '/a.wasm': 'application/wasm',
    '/a.json': 'application/json', '/a.css': 'text/css', '/a.svg': 'image/svg+xml', '/a.png': 'image/png',
  };
  for (const [path, type] of Object.entries(expect)) {
    const r = await get(path);
    assert.equal(r.status, 200, path);
    assert.equal(r.type.split(';')[0], type, path);
  }
  assert.equal((await get('/x%20y.txt')).body, 'space');
  assert.equal((await get('/a.js', 'HEAD')).status, 200);
});

test('directories serve their index.html, with a redirect to the trailing slash', async () => {
  const r = await get('/sub');
  assert.equal(r.status, 301);
  assert.equal(r.location, '/sub/');
  assert.equal((await get('/sub/')).body, 'sub');
});

test('nothing outside the root is reachable', async () => {
  for (const path of ['/../secret.txt', '/sub/../../secret.txt', '/%2e%2e/secret.txt', '/%2e%2e%2fsecret.txt', '/..%5csecret.txt', '/link.txt', '/a.js%00.png', '/%E0%A4%A']) {
    const r = await get(path);
    assert.equal(r.status, 404, path);
    assert.doesNotMatch(r.body, /outside the root/, path);
  }
  assert.equal((await get('/missing.js')).status, 404);
  assert.equal((await get('/a.js', 'POST')).status, 405);
});
