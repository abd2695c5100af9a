#!/usr/bin/env node
// Runs the TypeScript sources directly (tsx), so `npm ci` alone leaves `npx recoupe` working.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
