// npm run eval [name...]: runs each evaluation, prints its metrics beside their floors, and
// exits non-zero when a metric falls below its recorded floor (eval/floors/<name>.json).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalModule, Floors } from './types.js';
import { repoRoot } from './sharedData.js';

const ALL = ['clean', 'time', 'ner', 'quotes', 'events', 'translations', 'language', 'crosscheck', 'ownEvents', 'ownPages'];

function readFloors(name: string): Floors {
  const path = join(repoRoot, 'eval', 'floors', `${name}.json`);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Floors) : {};
}

async function main(): Promise<number> {
  const asked = process.argv.slice(2);
  const names = asked.length > 0 ? asked : ALL;
  let failures = 0;
  for (const name of names) {
    const file = join(repoRoot, 'eval', `${name}.ts`);
    if (!existsSync(file)) {
      console.log(`\n== ${name}: no evaluation yet (eval/${name}.ts)`);
      continue;
    }
    const started = Date.now();
    const mod = (await import(file)) as EvalModule;
    const result = await mod.run();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`\n== ${name} (${seconds}s)`);
    if (result.skipped) {
      console.log(`skipped: ${result.skipped}`);
      continue;
    }
    const floors = readFloors(name);
    for (const [metric, value] of Object.entries(result.metrics)) {
      const floor = floors[metric]?.floor;
      const below = floor !== undefined && value < floor - 1e-9;
      if (below) failures++;
      const shown = Number.isInteger(value) ? String(value) : value.toFixed(3);
      const floorText = floor === undefined ? '' : `  (floor ${floor}${below ? ' — BELOW FLOOR' : ''})`;
      console.log(`  ${metric.padEnd(44)} ${shown}${floorText}`);
    }
    for (const metric of Object.keys(floors)) {
      if (!(metric in result.metrics)) {
        failures++;
        console.log(`  ${metric.padEnd(44)} missing (has a floor)`);
      }
    }
    if (result.table) console.log(result.table);
  }
  if (failures > 0) console.log(`\n${failures} metric(s) below their floor`);
  return failures > 0 ? 1 : 0;
}

process.exitCode = await main();
