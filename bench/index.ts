// npm run bench [name...]: speed and memory, never run by the tests.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../eval/sharedData.js';

const ALL = ['pipeline', 'clean', 'hostile', 'cluster', 'entities', 'store', 'api'];

const asked = process.argv.slice(2);
for (const name of asked.length > 0 ? asked : ALL) {
  const file = join(repoRoot, 'bench', `${name}.ts`);
  if (!existsSync(file)) {
    console.log(`\n== ${name}: no benchmark yet`);
    continue;
  }
  console.log(`\n== ${name}`);
  const mod = (await import(file)) as { run(): Promise<void> };
  await mod.run();
}
