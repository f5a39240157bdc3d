// Browser tests of the kaoping web app: playwright-core drives Debian's chromium against the
// static build in web/dist (served here by a tiny static server). Screenshots and the measured
// 1,000-officer recompute figure go to web/tests/artifacts/.
import http from 'node:http';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
// playwright-core is one of the repository's npm tools (tools/package.json, scripts/ensure-wasm-tools.sh)
const { chromium } = createRequire(path.resolve(here, '../../tools/package.json'))('playwright-core');
const dist = path.resolve(here, '../dist');
const artifacts = path.resolve(here, 'artifacts');
fs.rmSync(artifacts, { recursive: true, force: true });
fs.mkdirSync(artifacts, { recursive: true });

const MIME = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json' };
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const rel = url.pathname === '/' ? 'index.html' : url.pathname.slice(1);
  const file = path.resolve(dist, rel);
  if (!file.startsWith(dist) || !fs.existsSync(file) || !fs.statSync(file).isFile()) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { 'content-type': MIME[path.extname(file)] || 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'], // playwright gives each launch a fresh temporary profile
});
const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1440, height: 960 }, locale: 'zh-CN' });
const page = await context.newPage();
const consoleErrors = [];
page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
page.on('pageerror', (e) => consoleErrors.push(String(e)));
page.on('crash', () => { consoleErrors.push('page crashed'); console.log('PAGE CRASHED'); });

let passed = 0; let failed = 0;
const results = [];
async function test(name, fn) {
  const t0 = Date.now();
  try { await fn(); passed++; results.push(`ok   ${name} (${Date.now() - t0} ms)`); console.log(`ok   ${name}`); }
  catch (e) {
    failed++; results.push(`FAIL ${name}: ${e.message}`); console.log(`FAIL ${name}\n     ${e.stack}`);
    await page.screenshot({ path: path.join(artifacts, `fail-${name.replace(/\W+/g, '_')}.png`), fullPage: true }).catch(() => {});
  }
}
function assert(cond, msg) { if (!cond) throw new Error(msg); }
function eq(a, b, msg) { if (a !== b) throw new Error(`${msg}: expected ${JSON.stringify(b)}, got ${JSON.stringify(a)}`); }
const shot = (name) => page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
const text = (sel) => page.locator(sel).first().innerText();
const row = (id) => page.locator(`#cohort-table tr[data-officer="${id}"]`);
const hasCjk = (s) => /[\u4e00-\u9fff]/.test(s);
async function setInput(key, value) {
  const input = page.locator(`input[data-input="${key}"]`);
  await input.fill(value);
  await input.press('Enter');
}
async function download(buttonSel) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(buttonSel)]);
  const file = await dl.path();
  return fs.readFileSync(file);
}

await page.goto(base);
await page.evaluate(() => localStorage.clear());
await page.reload();

await test('loads the demo cohort in Chinese by default', async () => {
  await page.waitForSelector('#cohort-table tr[data-officer="J-001"]');
  eq(await text('#tab-cohort'), '考评委员会', 'committee tab label');
  eq(await page.getAttribute('.app', 'lang'), 'zh-CN', 'lang attribute');
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert(csp.includes("'wasm-unsafe-eval'") && !/[^-]'unsafe-eval'/.test(csp) && !csp.includes("'unsafe-inline'"), `CSP: ${csp}`);
  eq(await row('J-001').locator('.total').innerText(), '83.05', 'J-001 total (see crates/kaoping-core example demo)');
  eq(await row('J-001').locator('.grade').innerText(), '称职', 'J-001 grade');
  await page.click('#cohort-table tr[data-officer="J-001"]');
  eq(await text('#detail-total'), '83.05', 'detail total');
  assert((await page.locator('.explanation tbody tr').count()) >= 10, 'explanation lines shown');
  assert((await page.locator('svg.radar polygon.radar-shape').count()) === 1, 'radar chart');
  assert((await page.locator('svg.distribution g.band').count()) === 4, 'four grade bands in the distribution');
  await shot('01-console-zh');
});

await test('editing an input recomputes total and grade live', async () => {
  // satisfaction 91 → 50: the steps function drops from 100 to 0 → 0.25 × 0.5 × 100 = 12.50 points;
  // 83.05 − 12.50 = 70.55, in [60, 75) → 基本称职
  await setInput('satisfaction', '50');
  await page.waitForFunction(() => document.querySelector('#detail-total')?.textContent === '70.55');
  eq(await row('J-001').locator('.total').innerText(), '70.55', 'table total');
  eq(await row('J-001').locator('.grade').innerText(), '基本称职', 'table grade');
  eq(await text('#detail-grade'), '基本称职', 'detail grade');
});

await test('a bad number is refused with a message and changes nothing', async () => {
  await setInput('avgDays', '7x');
  await page.waitForSelector('#notice');
  assert((await text('#notice')).includes('7x'), 'notice names the bad text');
  eq(await text('#detail-total'), '70.55', 'total unchanged');
  await page.click('#notice .close');
});

await test('adding a negative-list occurrence deducts its points', async () => {
  // N04 当事人投诉经查属实: 2 points per occurrence → 70.55 − 2 = 68.55
  await page.selectOption('#occ-item', 'N04');
  await page.fill('#occ-ref', '投诉-2026-07');
  await page.click('#occ-add');
  await page.waitForFunction(() => document.querySelector('#detail-total')?.textContent === '68.55');
  assert((await page.locator('.explanation').innerText()).includes('N04'), 'explanation names N04');
});

await test('names cannot inject markup or script', async () => {
  const evil = '<img src=x onerror="window.__xss=1">';
  await page.fill('#officer-name', evil);
  await page.press('#officer-name', 'Enter');
  await page.waitForFunction((e) => document.querySelector('#cohort-table tr[data-officer="J-001"] .name')?.textContent === e, evil);
  eq(await page.locator('#cohort-table img').count(), 0, 'no <img> element created');
  await page.waitForTimeout(100);
  eq(await page.evaluate(() => window.__xss), undefined, 'onerror never ran');
  await shot('02-xss-name');
});

await test('the English switch translates every label', async () => {
  await page.click('#lang-switch');
  await page.waitForFunction(() => document.querySelector('#tab-cohort')?.textContent === 'Committee console');
  const labels = await page.evaluate(() => [...document.querySelectorAll('.topbar button:not(#lang-switch), th, .status span, .detail-head label, figcaption, h3, .summary .label')].map((e) => e.childNodes[0]?.textContent ?? ''));
  const chinese = labels.filter(hasCjk);
  eq(chinese.length, 0, `labels still in Chinese: ${chinese.join(' | ')}`);
  eq(await row('J-001').locator('.grade').innerText(), 'Basically competent', 'grade title in English');
  assert(!hasCjk(await page.locator('.explanation tbody tr.line-total td').last().innerText()), 'explanation from the core in English');
  await shot('03-console-en');
  for (const tab of ['#tab-sheets', '#tab-scheme', '#tab-tolerance', '#tab-preview', '#tab-print', '#tab-data']) {
    await page.click(tab);
    await page.waitForTimeout(50);
    const found = await page.evaluate(() => [...document.querySelectorAll('.content th, .content h3, .content label, .content button, .content figcaption, .summary .label')]
      .map((e) => [...e.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('')));
    const cjk = found.filter(hasCjk);
    eq(cjk.length, 0, `${tab}: labels still in Chinese: ${cjk.join(' | ')}`);
  }
  await page.click('#tab-cohort');
  await page.click('#lang-switch');
  await page.waitForFunction(() => document.querySelector('#tab-cohort')?.textContent === '考评委员会');
});

await test('scheme view shows function plots, lists, vetoes, grades and validation problems with paths', async () => {
  await page.click('#tab-scheme');
  await page.waitForSelector('#indicators');
  eq(await page.locator('#indicators svg.fplot').count(), 7, 'one plot per indicator');
  assert((await page.locator('#bonus-list tbody tr').count()) >= 3, 'positive list');
  assert((await page.locator('#deduction-list tbody tr').count()) >= 4, 'negative list');
  await shot('04-scheme');
  const scheme = JSON.parse(fs.readFileSync(path.resolve(here, '../../crates/kaoping-core/schemes/court-judge.json'), 'utf8'));
  scheme.dimensions[0].weight = 0.5; // weights now add up to 1.05
  await page.setInputFiles('#import-scheme', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scheme)) });
  await page.waitForSelector('#scheme-problems td.path');
  const problems = await text('#scheme-problems');
  assert(problems.includes('E_WEIGHT_SUM'), `weight-sum problem listed: ${problems}`);
  assert(problems.includes('dimensions'), 'problem has a path');
  await shot('05-scheme-problems');
});

await test('print view renders the officer sheet with signature lines and print CSS', async () => {
  await page.click('#tab-cohort');
  await page.click('#print-officer');
  await page.waitForSelector('#sheet-officer');
  assert((await page.locator('#sheet-officer .sig').count()) >= 3, 'signature lines');
  try {
    await page.emulateMedia({ media: 'print' });
    eq(await page.locator('.topbar').isVisible(), false, 'navigation hidden in print');
    await shot('06-print-officer');
    await page.emulateMedia({ media: 'screen' });
    await page.selectOption('#print-target', 'cohort');
    await page.waitForSelector('#sheet-cohort');
    await page.emulateMedia({ media: 'print' });
    await shot('07-print-cohort');
    const pdf = await page.pdf({ format: 'A4' });
    fs.writeFileSync(path.join(artifacts, 'cohort-sheet.pdf'), pdf);
    assert(pdf.length > 1000, 'PDF rendered');
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
});

await test('a reload restores every edit exactly', async () => {
  const before = await page.evaluate(() => localStorage.getItem('kaoping.workspace.v1'));
  await page.reload();
  await page.waitForSelector('#cohort-table tr[data-officer="J-001"]');
  eq(await row('J-001').locator('.total').innerText(), '68.55', 'total after reload');
  eq(await row('J-001').locator('.name').innerText(), '<img src=x onerror="window.__xss=1">', 'name after reload');
  eq(await page.locator('input[data-input="satisfaction"]').inputValue(), '50', 'input after reload');
  eq(await page.evaluate(() => localStorage.getItem('kaoping.workspace.v1')), before, 'saved text unchanged by reload');
});

await test('workspace JSON export and import round-trip exactly; CSV has a BOM', async () => {
  await page.click('#tab-data');
  const exported = await download('#export-json');
  const csv = await download('#export-csv');
  eq(csv.subarray(0, 3).toString('hex'), 'efbbbf', 'CSV starts with a UTF-8 BOM');
  assert(csv.toString('utf8').includes('\r\n'), 'CSV uses CRLF');
  assert(csv.toString('utf8').includes('68.55'), 'CSV has the total');
  await page.click('#reset-demo');
  await page.click('#tab-cohort');
  await page.waitForFunction(() => document.querySelector('#cohort-table tr[data-officer="J-001"] .total')?.textContent === '83.05');
  await page.click('#tab-data');
  await page.setInputFiles('#import-json', { name: 'ws.json', mimeType: 'application/json', buffer: exported });
  await page.click('#tab-cohort');
  await page.waitForFunction(() => document.querySelector('#cohort-table tr[data-officer="J-001"] .total')?.textContent === '68.55');
  await page.click('#tab-data');
  const again = await download('#export-json');
  eq(again.toString('utf8'), exported.toString('utf8'), 'second export identical to the first');
});

await test('oversized and invalid imports are refused with a coded message', async () => {
  await page.setInputFiles('#import-json', { name: 'big.json', mimeType: 'application/json', buffer: Buffer.alloc(17 * 1024 * 1024, 32) });
  await page.waitForSelector('#notice');
  assert((await text('#notice')).includes('E_LIMIT'), 'size limit code');
  await page.click('#notice .close');
  await page.setInputFiles('#import-json', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"kaoping-workspace","version":1,"lang":"zh","scheme":{}}') });
  await page.waitForSelector('#notice td.path');
  assert((await text('#notice')).includes('scheme'), 'path of the problem');
  await page.click('#notice .close');
});

await test('corrupt saved data shows a recovery screen, never a blank page', async () => {
  await page.evaluate(() => localStorage.setItem('kaoping.workspace.v1', '{"format":"kaoping-workspace","version":1,'));
  await page.reload();
  await page.waitForSelector('#recovery');
  assert((await text('#recovery')).includes('损坏'), 'explains in Chinese');
  await shot('08-corrupt-recovery');
  await page.click('#recover-reset');
  await page.waitForSelector('#cohort-table tr[data-officer="J-001"]');
});

await test('a tolerance decision follows the ticked facts and flips on a negative-list fact', async () => {
  await page.click('#cohort-table tr[data-officer="J-001"]');
  eq(await row('J-001').locator('.total').innerText(), '83.05', 'demo total before');
  await page.click('#tab-tolerance');
  await page.click('#incident-new');
  await page.waitForSelector('.incident-form');
  await page.fill('#inc-description', '鉴定机构停业导致两案超审限');
  await page.press('#inc-description', 'Tab');
  for (const pc of ['PC01', 'PC02', 'PC03', 'PC04', 'PC05']) await page.check(`.preconditions input[data-item="${pc}"]`);
  await page.check('input[data-linked="occ-2"]');
  await page.check('.positive input[data-item="TP03"]');
  await page.fill('textarea[data-evidence="TP03"]', '鉴定机构停业公告（2026）12号');
  await page.press('textarea[data-evidence="TP03"]', 'Tab');
  await page.fill('#inc-completed', '2026-02-01');
  await page.press('#inc-completed', 'Tab');
  await page.waitForFunction(() => document.querySelector('#decision-outcome')?.textContent === '免责');
  assert((await text('#decision-reasons')).includes('TP03'), 'reasons name the positive-list item');
  await shot('10-tolerance-exempt');
  await page.click('#record-decision');
  await page.click('#tab-sheets');
  assert((await text('#audit')).includes('toleranceDecision'), 'decision recorded in the audit trail');
  // 免责 removes the linked N03 deduction (occ-2, 2 × 2 = 4.00): 83.05 + 4.00 = 87.05
  await page.click('#tab-cohort');
  eq(await row('J-001').locator('.total').innerText(), '87.05', 'total with the deduction waived');
  assert((await row('J-001').locator('.flags').innerText()).includes('容错'), 'tolerance flag');
  await page.click('#tab-tolerance');
  await page.check('.negative input[data-item="TN01"]');
  await page.fill('textarea[data-evidence="TN01"]', '调查笔录（2026）3号');
  await page.press('textarea[data-evidence="TN01"]', 'Tab');
  await page.waitForFunction(() => document.querySelector('#decision-outcome')?.textContent === '不予容错');
  await shot('11-tolerance-not-tolerated');
  await page.click('#tab-cohort');
  eq(await row('J-001').locator('.total').innerText(), '83.05', 'deduction back');
});

await test('the officer preview shows the distance to the next grade, counterfactuals and dates an objection', async () => {
  await page.click('#tab-cohort');
  await page.click('#cohort-table tr[data-officer="J-001"]');
  await page.click('#tab-preview');
  await page.waitForSelector('#preview-total');
  eq(await text('#preview-total'), '83.05', 'projected total');
  eq(await text('#preview-grade'), '称职', 'projected grade');
  eq(await text('#preview-up'), '+6.95', 'to 优秀 at 90.00: 90.00 − 83.05 = 6.95');
  // No single change lifts J-001 to 优秀; the smallest changes that lower the grade include
  // CX04 91 → below 60: the steps function gives 0 → 83.05 − 12.50 = 70.55 (基本称职)
  eq(await page.locator('#counterfactuals-raise tbody tr:not(.none)').count(), 0, 'no single change reaches 优秀');
  const lower = await text('#counterfactuals-lower');
  assert(lower.includes('CX04') && lower.includes('70.55'), `CX04 counterfactual: ${lower}`);
  await page.selectOption('#objection-item', 'CX04');
  await page.fill('#objection-notice', '2027-01-10');
  await page.fill('#objection-filed', '2027-01-15');
  await page.fill('#objection-text', '满意度调查样本不足');
  await page.click('#objection-draft');
  await page.waitForSelector('#objection-deadline');
  eq(await text('#objection-deadline'), '2027-02-09', 'review within 30 days of the notice: 2027-01-10 + 30');
  eq(await page.inputValue('#objection-notice'), '2027-01-10', 'the form keeps the typed notice date');
  const objection = JSON.parse((await download('#objection-export')).toString('utf8'));
  eq(objection.item, 'CX04', 'objection tied to the result item');
  eq(objection.deadline, '2027-02-09', 'exported deadline');
  await shot('12-preview');
});

await test('the preview of a rated officer shows the committee total (prosecutor demo, P-001)', async () => {
  await page.click('#tab-scheme');
  await page.selectOption('#builtin-scheme', 'procuratorate-prosecutor');
  await page.click('#tab-cohort');
  await page.waitForSelector('#cohort-table tr[data-officer="P-001"]');
  eq(await row('P-001').locator('.total').innerText(), '93.45', 'the committee table');
  await page.click('#cohort-table tr[data-officer="P-001"]');
  await page.click('#tab-preview');
  await page.waitForSelector('#preview-total');
  // performance 52.55 + common 20.00 + PE01 0.2 × 92 (trimmed mean of 92, 90, 95, 91, 93) = 18.40
  // + bonuses 2.50 = 93.45; without the committee's ratings it would be 75.05
  eq(await text('#preview-total'), '93.45', 'the preview agrees with the committee table');
  eq(await text('#preview-grade'), '优秀', 'projected grade');
  await shot('13-preview-p001-prosecutor');
});

await test('committee: a rating changes total, rank and quota; a recused rating is rejected; the audit trail verifies and detects tampering', async () => {
  await page.click('#tab-scheme');
  await page.selectOption('#builtin-scheme', 'procuratorate-prosecutor');
  await page.click('#tab-cohort');
  await page.waitForSelector('#cohort-table tr[data-officer="P-007"]');
  eq(await row('P-007').locator('.total').innerText(), '94.79', 'P-007 before');
  eq(await row('P-007').locator('.rank').innerText(), '3', 'P-007 rank before');
  assert((await row('P-007').locator('.flags').innerText()).includes('名额调整'), 'quota moved P-007 before');
  await page.click('#tab-sheets');
  // P-007 ratings 76, 78, 75, 77, 79. R01 and R02 rate 0: trimmed mean drops 79 and one 0 →
  // (0 + 75 + 77) / 3 = 50.666667 → 0.2 × 50.666667 = 10.13 (was 0.2 × 77 = 15.40) → 94.79 − 15.40 + 10.13 = 89.52
  for (const rater of ['R01', 'R02']) {
    await page.selectOption('#rater', rater);
    const cell = page.locator('#sheet tr[data-officer="P-007"] input[data-rating="PE01"]');
    await cell.fill('0');
    await cell.press('Enter');
  }
  await page.click('#tab-cohort');
  await page.waitForFunction(() => document.querySelector('#cohort-table tr[data-officer="P-007"] .total')?.textContent === '89.52');
  eq(await row('P-007').locator('.rank').innerText(), '6', 'P-007 falls below P-001 (93.45), P-008 (92.21) and P-004 (91.57)');
  eq(await row('P-007').locator('.grade').innerText(), '称职', 'grade by score now 称职');
  assert(!(await row('P-007').locator('.flags').innerText()).includes('名额调整'), 'no longer moved by the quota');
  eq(await row('P-001').locator('.rank').innerText(), '3', 'P-001 moves up');
  await page.click('#tab-sheets');
  await page.selectOption('#rater', 'R03');
  const recused = page.locator('#sheet tr[data-officer="P-002"] input[data-rating="PE01"]');
  await recused.fill('80');
  await recused.press('Enter');
  await page.waitForSelector('#notice');
  assert((await text('#notice')).includes('E_RECUSED'), 'the core rejects a rating from a recused rater');
  await page.click('#notice .close');
  eq(await recused.inputValue(), '', 'the rejected rating is not kept');
  eq(await page.locator('#audit tbody tr').count(), 2, 'two rating changes in the audit trail');
  await page.click('#audit-verify');
  await page.waitForSelector('#verify-result.verify-ok');
  await shot('13-sheets-audit');
  await page.evaluate(() => {
    const ws = JSON.parse(localStorage.getItem('kaoping.workspace.v1'));
    ws.audit.entries[0].event.to = 100;
    localStorage.setItem('kaoping.workspace.v1', JSON.stringify(ws));
  });
  await page.reload();
  await page.click('#tab-sheets');
  await page.click('#audit-verify');
  await page.waitForSelector('#verify-result.verify-bad');
});

let perf = null;
await test('live recompute of a 1,000-officer cohort (measured, not asserted)', async () => {
  await page.click('#tab-data');
  await page.click('#reset-demo');
  const ws = JSON.parse(await page.evaluate(() => localStorage.getItem('kaoping.workspace.v1')));
  const template = ws.dossiers[0];
  ws.dossiers = Array.from({ length: 1000 }, (_, k) => {
    const d = structuredClone(template);
    d.officer = { id: `T-${String(k).padStart(4, '0')}`, name: `测试干警${k}`, unit: `第${k % 7}庭` };
    d.inputs.satisfaction = 50 + (k % 50);
    d.inputs.avgDays = 40 + (k % 120);
    d.inputs.mediationRate = 10 + (k % 60);
    return d;
  });
  await page.click('#tab-data');
  await page.setInputFiles('#import-json', { name: 'big-cohort.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(ws)) });
  await page.click('#tab-cohort');
  await page.waitForSelector('#cohort-table tr[data-officer="T-0999"], #cohort-table tr[data-officer^="T-"]');
  eq(await page.locator('#cohort-table tbody tr').count(), 300, 'the table shows the first 300 rows');
  await page.fill('#filter', 'T-0000');
  await page.click('#cohort-table tr[data-officer="T-0000"]');
  const samples = [];
  // steps function: 50→0, 65→60, 85→85, 95→100, 70→60, 92→100: every edit changes the total
  for (const v of ['65', '85', '95', '70', '92']) {
    const t = await page.evaluate(async (v) => {
      const input = document.querySelector('input[data-input="satisfaction"]');
      const target = document.querySelector('#detail-total');
      const before = target.textContent;
      const t0 = performance.now();
      input.value = v;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((resolve, reject) => {
        const check = () => {
          if (document.querySelector('#detail-total').textContent !== before) resolve();
          else if (performance.now() - t0 > 10000) reject(new Error('total did not change'));
          else setTimeout(check, 0);
        };
        check();
      });
      return performance.now() - t0;
    }, v);
    const core = await text('#recompute-ms');
    samples.push({ value: v, endToEndMs: Math.round(t * 10) / 10, recompute: core });
  }
  await page.fill('#filter', '');
  perf = { officers: 1000, samples };
  fs.writeFileSync(path.join(artifacts, 'perf-1000.json'), JSON.stringify(perf, null, 2));
  console.log('     1,000-officer recompute:', JSON.stringify(samples));
  await shot('09-cohort-1000');
});

await test('no console errors', async () => {
  eq(consoleErrors.length, 0, `console errors: ${consoleErrors.join(' | ')}`);
});

await browser.close();
server.close();
fs.writeFileSync(path.join(artifacts, 'results.txt'), results.join('\n') + '\n');
console.log(`web tests: ${passed} passed, ${failed} failed; screenshots in web/tests/artifacts/`);
process.exit(failed ? 1 : 0);
