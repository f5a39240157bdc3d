// Installs the packed tarball (pkg/kaoping-<version>.tgz) into a scratch project and runs the
// consumer tests there, the way a platform would use the package:
//   node ESM, node CJS, the shared fixture tree, TypeScript (tsc --noEmit --strict), headless Chromium.
// Usage: node pkg/test/run.mjs [--no-browser]
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const tarballs = readdirSync(join(root, 'pkg')).filter((f) => /^kaoping-.*\.tgz$/.test(f));
if (tarballs.length !== 1) throw new Error(`expected one pkg/kaoping-*.tgz (run make pkg), found ${tarballs}`);
const tarball = join(root, 'pkg', tarballs[0]);

const scratch = join(root, 'target', 'pkg-consumer');
rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });
writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'consumer', private: true }, null, 2));
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { cwd: scratch, stdio: 'inherit', ...opts });
run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', tarball]);
cpSync(join(here, 'consumer'), scratch, { recursive: true });

// The native twin of engine.assess, for the native = wasm test (native.test.mjs).
execFileSync('cargo', ['build', '-q', '--locked', '-p', 'kaoping-core', '--example', 'assess_lines'], { cwd: root, stdio: 'inherit' });
const env = {
  ...process.env,
  KAOPING_FIXTURES: join(root, 'tests', 'fixtures'),
  KAOPING_NATIVE: join(root, 'target', 'debug', 'examples', 'assess_lines'),
};
const suites = ['esm.test.mjs', 'cjs.test.cjs', 'fixtures.test.mjs', 'hostile.test.mjs', 'readme.test.mjs', 'timing.test.mjs', 'native.test.mjs', 'score.test.mjs', 'session.test.mjs', 'records.test.mjs'];
run('node', ['--test', '--test-reporter=spec', ...suites], { env });

// TypeScript: the shipped declarations, checked strictly over a consumer file.
const tsc = join(root, 'tools', 'node_modules', '.bin', 'tsc');
run(tsc, ['--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022',
  '--lib', 'es2022,dom,esnext.disposable', '--skipLibCheck', 'false', 'types.mts']);
console.log('tsc --noEmit --strict: consumer types.mts ok');

if (!process.argv.includes('--no-browser')) {
  run('node', ['--test', '--test-reporter=spec', 'browser.test.mjs'], {
    env: { ...env, KAOPING_PLAYWRIGHT: join(root, 'tools', 'node_modules', 'playwright-core', 'index.js') },
  });
}
