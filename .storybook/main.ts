import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

/** Served as they are, so stories can fetch /examples/data/*.json and pages can link /themes/*.css. Each only when it exists. */
const staticDirs = [
  { from: '../examples/data', to: '/examples/data' },
  { from: '../themes', to: '/themes' },
].filter(({ from }) => existsSync(fileURLToPath(new URL(from, import.meta.url))));

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  staticDirs,
  viteFinal(viteConfig) {
    // Lit's decorators are TypeScript's experimental ones, with useDefineForClassFields off
    // (tsconfig.json). Vite 8 transforms TypeScript with Oxc, which reads the nearest
    // tsconfig.json; say the same explicitly, so a class field never shadows a reactive
    // property's accessor whatever tsconfig a file finds.
    viteConfig.oxc = {
      ...(typeof viteConfig.oxc === 'object' ? viteConfig.oxc : {}),
      decorator: { legacy: true },
      assumptions: { setPublicClassFields: true },
      typescript: { removeClassFieldsWithoutInitializer: true },
    };
    return viteConfig;
  },
};

export default config;
