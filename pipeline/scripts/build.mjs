// Builds dist/: the command line (dist/cli.js) and the programmatic API (dist/index.js) as ES modules for Node,
// each one file; the packages they import (the elements package's format, arquero, DuckDB) stay imports.
// Types: dist/types, from tsc. Type errors are `npm test`'s to report (tsc --noEmit); the build only transpiles.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/main.ts', index: 'src/index.ts' },
  outdir: 'dist',
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
});
if (!process.argv.includes('--no-types')) {
  const tsc = spawnSync(process.execPath, [fileURLToPath(import.meta.resolve('typescript/bin/tsc')), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
}
