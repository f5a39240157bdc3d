// The ESM build in headless Chromium (Debian's), loaded by a plain page from node_modules.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { after, before, test } from 'node:test';
import { Engine, builtinScheme, demoCohort } from 'kaoping';

const require = createRequire(import.meta.url);
const { chromium } = require(process.env.KAOPING_PLAYWRIGHT);
const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json' };
const base = process.cwd();

let server;
let browser;
let origin;

before(async () => {
  server = createServer(async (req, res) => {
    const path = normalize(join(base, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    if (!path.startsWith(base)) { res.writeHead(403).end(); return; }
    try {
      const body = await readFile(path);
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch { res.writeHead(404).end(); }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    // playwright gives the browser a fresh temporary profile itself
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function open(page, file) {
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${origin}/${file}`);
  await page.waitForFunction(() => window.result !== undefined || document.readyState === 'never', null, { timeout: 20000 });
  return { result: await page.evaluate(() => window.result), errors };
}

test('a plain page scores the demo cohort with init() and gets the same digits as Node', async () => {
  const page = await browser.newPage();
  const { result, errors } = await open(page, 'index.html');
  assert.deepEqual(errors, []);
  assert.match(result.version, /^kaoping-core\/\d+\.\d+\.\d+/);
  const expected = demoCohort().map(({ scheme, dossier }) => new Engine(builtinScheme(scheme)).assess(dossier).value);
  assert.equal(result.rows.length, expected.length);
  result.rows.forEach((row, i) => {
    assert.ok(row.ok);
    assert.equal(row.total, expected[i].total);
    assert.equal(row.grade, expected[i].grade?.id);
    assert.equal(row.lines, expected[i].explanation.length);
    const { scheme, dossier } = demoCohort()[i];
    assert.deepEqual(row.score, new Engine(builtinScheme(scheme)).score(dossier));
    assert.equal(row.score.value.total, expected[i].total);
  });
  assert.deepEqual(result.thrown?.isKaopingError, true);
  assert.ok(result.thrown.errors >= 1);
  assert.equal(result.invalidCode, 'E_PARSE');
  console.log(`# browser init() (fetch + compile + instantiate): ${result.initMs.toFixed(1)} ms`);
});

test('the README browser example renders the demo cohort', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${origin}/readme.html`);
  await page.waitForFunction(() => document.getElementById('out')?.textContent.length > 0, null, { timeout: 20000 });
  const lines = (await page.textContent('#out')).split('\n');
  assert.deepEqual(errors, []);
  assert.equal(lines.length, demoCohort().length);
  for (const line of lines) assert.match(line, /^\S+\t\d+(\.\d+)?\t\S+$/);
});

test('initSync from fetched bytes works in the browser', async () => {
  const page = await browser.newPage();
  const { result, errors } = await open(page, 'sync.html');
  assert.deepEqual(errors, []);
  const { scheme, dossier } = demoCohort()[0];
  assert.equal(result, new Engine(builtinScheme(scheme)).assess(dossier).value.total);
});
