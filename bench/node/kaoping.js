// kaoping through its npm package (pkg/, built by `make pkg`): single call, explained call, the
// batch form, and a cohort. Until the package exists the benchmark reports it as missing.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..', '..');
const require = createRequire(import.meta.url);

const version = (name) => {
  try {
    return JSON.parse(readFileSync(path.join(here, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
};

/** Raw and gzipped size of a file, or null. */
function size(file) {
  if (!file || !existsSync(file)) return null;
  const bytes = readFileSync(file);
  return { file: path.relative(root, file), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** The first `.wasm` under a directory (depth-first, sorted), or null. */
function findWasm(dir) {
  if (!existsSync(dir)) return null;
  const { readdirSync, statSync } = require('node:fs');
  for (const name of readdirSync(dir).sort()) {
    if (name === 'node_modules') continue;
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) {
      const found = findWasm(p);
      if (found) return found;
    } else if (name.endsWith('.wasm')) return p;
  }
  return null;
}

export async function kaopingEngines({ cases, cohortSize, seed }) {
  const versions = {
    node: process.version,
    'json-logic-js': version('json-logic-js'),
    'json-rules-engine': version('json-rules-engine'),
    '@gorules/zen-engine': version('@gorules/zen-engine'),
    kaoping: null,
  };
  const sizes = { package: size(findWasm(path.join(root, 'pkg'))), web: size(findWasm(path.join(root, 'web', 'dist'))) };
  const pkgJson = path.join(root, 'pkg', 'package.json');
  if (!existsSync(pkgJson)) {
    return { engines: [], versions, sizes, missing: 'not built: pkg/package.json is absent (make pkg)' };
  }
  versions.kaoping = JSON.parse(readFileSync(pkgJson, 'utf8')).version;
  return { engines: [], versions, sizes, missing: 'the package is there but this benchmark does not drive it yet' };
}
