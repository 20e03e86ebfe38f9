// Browser tests in headless Chromium: Debian's /usr/bin/chromium when present,
// else the browser packed inside @sparticuz/chromium (force it with
// STROOMOP_PACKAGED_CHROMIUM=1). See scripts/chromium.js.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { chromeLauncher } from '@web/test-runner-chrome';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { findChromium, applyChromiumEnv, CHROMIUM_ARGS } from './scripts/chromium.js';

const chromium = await findChromium();
applyChromiumEnv(chromium);
const commonjs = fromRollup(rollupCommonjs);

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  rootDir: '.',
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 20_000 } },
  mimeTypes: { '**/*.ts': 'js' },
  plugins: [
    // Plot depends on interval-tree-1d, which is CommonJS.
    commonjs({ include: ['**/node_modules/interval-tree-1d/**', '**/node_modules/binary-search-bounds/**'], strictRequires: false }),
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromium.executablePath, headless: true, args: CHROMIUM_ARGS },
    }),
  ],
};
