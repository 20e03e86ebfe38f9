#!/usr/bin/env node
// Runs the built command line (dist/cli.js; `npm ci` and `npm pack` build it through the prepare script).
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(built)) {
  console.error('stroomop-monitor: dist/cli.js ontbreekt / is missing; run `npm run build -w stroomop-monitor-pipeline` first.');
  process.exit(2);
}
const { main } = await import(built.href);
process.exitCode = await main(process.argv.slice(2));
