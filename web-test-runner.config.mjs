// Browser tests in headless Chromium: Debian's /usr/bin/chromium when present,
// else the browser packed inside @sparticuz/chromium (force it with
// STROOMOP_PACKAGED_CHROMIUM=1). See scripts/chromium.js.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChromium, applyChromiumEnv, CHROMIUM_ARGS } from './scripts/chromium.js';

const chromium = await findChromium();
applyChromiumEnv(chromium);

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
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromium.executablePath, headless: true, args: CHROMIUM_ARGS },
    }),
  ],
};
