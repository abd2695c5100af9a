// `npm run build:web` and the `prepare` step of `npm ci`: type-checks web/ and builds it into
// web/dist. Run by the install, it never fails it: without Vite (a production install) or on a
// build error it warns, and `recoupe serve` tries again on its first start.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = dirname(fileURLToPath(import.meta.url));
const root = dirname(web);
const strict = process.argv.includes('--strict');
const bin = (name) => join(root, 'node_modules', '.bin', name);

function step(label, command, args) {
  if (!existsSync(command)) return `${label}: ${command} is not installed`;
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  return result.status === 0 ? null : `${label} failed (exit ${result.status})`;
}

const problem =
  step('type-check web/', bin('tsc'), ['--noEmit', '-p', join(web, 'tsconfig.json')]) ??
  step('vite build', bin('vite'), ['build', '--config', join(web, 'vite.config.ts'), '--logLevel', 'warn']);

if (problem) {
  console.warn(`recoupe web UI not built: ${problem}`);
  process.exit(strict ? 1 : 0);
}
