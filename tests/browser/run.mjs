// Runs browser tests against a site built from the repository's content.
//   node run.mjs --copsite build/copsite --root . tests/keyboard.test.mjs [more files]
// With no files, runs every tests/*.test.mjs. CTest runs one file per test.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './lib/harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const options = { copsite: null, root: null, files: [] };
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--copsite') options.copsite = args[++i];
  else if (args[i] === '--root') options.root = args[++i];
  else options.files.push(args[i]);
}
if (!options.copsite || !options.root) {
  console.error('usage: node run.mjs --copsite PATH --root REPO [TEST_FILE…]');
  process.exit(2);
}
if (options.files.length === 0) {
  const dir = path.join(here, 'tests');
  options.files = readdirSync(dir).filter((f) => f.endsWith('.test.mjs')).sort().map((f) => path.join(dir, f));
}
const ok = await run(options);
process.exit(ok ? 0 : 1);
