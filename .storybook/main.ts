import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Served as they are, so stories can fetch /examples/data/*.json (when the folder exists).
 * Not themes/: preview.ts imports those through Vite, and a static /themes would answer
 * Vite's module requests for them with plain CSS.
 */
const staticDirs = [{ from: '../examples/data', to: '/examples/data' }].filter(({ from }) => existsSync(fileURLToPath(new URL(from, import.meta.url))));

const LIT_ENTRIES = ['lit', 'lit/decorators.js', 'lit/directive.js', 'lit/directive-helpers.js', 'lit/static-html.js', 'lit/async-directive.js'].concat(
  ['class-map', 'if-defined', 'keyed', 'live', 'ref', 'repeat', 'style-map', 'until', 'when', 'map', 'choose', 'guard', 'cache'].map((name) => `lit/directives/${name}.js`),
);

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
    // In dev, every Lit entry point must go through the optimizer together, or a second copy of
    // lit-html loads (Storybook's renderer imports lit/directive-helpers.js, which the optimizer
    // does not find by itself) and a late discovery reloads the page.
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [...(viteConfig.optimizeDeps?.include ?? []), ...LIT_ENTRIES],
    };
    return viteConfig;
  },
};

export default config;
