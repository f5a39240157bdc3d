// The package README's examples, copied out of the installed package and run as a newcomer would.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { demoCohort } from 'kaoping';

const require = createRequire(import.meta.url);
const readme = readFileSync(require.resolve('kaoping/package.json').replace(/package\.json$/, 'README.md'), 'utf8');
const block = (lang, n = 0) => [...readme.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))][n]?.[1];

test('the Node service example scores every demo officer', () => {
  const code = block('js');
  assert.ok(code?.includes("from 'kaoping'"));
  writeFileSync('readme-node.mjs', code);
  const out = execFileSync(process.execPath, ['readme-node.mjs'], { encoding: 'utf8' }).trim().split('\n');
  assert.equal(out.length, demoCohort().length);
  for (const line of out) assert.match(line, /^\S+ \S+ \d+(\.\d+)? \S+$/);
});

test('the session example prints the officers the event moved, as the README shows', () => {
  const code = block('js', 1);
  assert.ok(code?.includes('new Session('));
  writeFileSync('readme-session.mjs', code);
  const out = execFileSync(process.execPath, ['readme-session.mjs'], { encoding: 'utf8' }).trim().split('\n');
  // by hand: J-004 89.50 − 4 × 2 = 81.50 falls from 5th below J-003 (89.49) and J-001 (83.05)
  const shown = code.split('\n').filter((l) => l.startsWith('// J-')).map((l) => l.slice(3));
  assert.deepEqual(out, shown);
  assert.deepEqual(out, ['J-001 第7名 → 第6名 83.05 → 83.05', 'J-003 第6名 → 第5名 89.49 → 89.49', 'J-004 第5名 → 第7名 89.5 → 81.5']);
});

test('the browser example is written out for the page test', () => {
  const html = block('html');
  assert.ok(html?.includes('./node_modules/kaoping/web.js'));
  writeFileSync('readme.html', html);
});
