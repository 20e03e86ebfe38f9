import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';
import { THEMES } from '../stories/support/themes.js';

/**
 * Served as they are, so stories can fetch /examples/data/*.json and /examples/views/*.json
 * (when the folders exist; the dev server would serve them from the project root anyway, the
 * static build only has what is listed here).
 * Not themes/: preview.ts imports those through Vite, and a static /themes would answer
 * Vite's module requests for them with plain CSS.
 */
const staticDirs = [
  { from: '../examples/data', to: '/examples/data' },
  { from: '../examples/views', to: '/examples/views' },
].filter(({ from }) => existsSync(fileURLToPath(new URL(from, import.meta.url))));

/** Licences (SPDX) under which a theme package's CSS may be bundled into a published Storybook. */
const REDISTRIBUTABLE = /^(EUPL-1\.[12]|MIT|CC0-1\.0|Apache-2\.0|ISC|BSD-[23]-Clause|0BSD|MPL-2\.0|OFL-1\.1)$/;
const THEME_MODULE = 'virtual:stroomop-theme-packages';

interface ThemePackage {
  name: string;
  installed: boolean;
  license: string;
  redistributable: boolean;
}

function themePackage(name: string): ThemePackage {
  const manifest = fileURLToPath(new URL(`../node_modules/${name}/package.json`, import.meta.url));
  if (!existsSync(manifest)) return { name, installed: false, license: '', redistributable: false };
  const { license } = JSON.parse(readFileSync(manifest, 'utf8')) as { license?: unknown };
  const text = typeof license === 'string' ? license : '(none)';
  const redistributable = text.split(/\s+OR\s+/).some((id) => REDISTRIBUTABLE.test(id.replace(/[()]/g, '')));
  return { name, installed: true, license: text, redistributable };
}

/**
 * The municipal token packages' CSS, as the virtual module `virtual:stroomop-theme-packages`
 * (imported by preview.ts). A package whose licence allows redistribution (EUPL, MIT, CC0…) is
 * bundled into every build. One that does not (Gemeente Utrecht's, "All rights reserved") is
 * loaded only by the dev server (`npm run storybook`), from the developer's own installed copy,
 * and never by `storybook build`: the published site must not carry its values. A theme whose
 * package is left out is exported in `unavailableThemes` with the package and the reason, for the
 * toolbar's note.
 * test/storybook (scripts/test-storybook.mjs) checks the built site for the package's values.
 */
function themePackages(development: boolean): Plugin {
  const resolvedId = `\0${THEME_MODULE}`;
  return {
    name: 'stroomop-theme-packages',
    resolveId: (id) => (id === THEME_MODULE ? resolvedId : undefined),
    load(id) {
      if (id !== resolvedId) return undefined;
      const imports: string[] = [];
      const unavailable: Record<string, { package: string; license: string; reason: 'licence' | 'not-installed' }> = {};
      const packages = new Map<string, ThemePackage>();
      for (const theme of THEMES) {
        const sheets = theme.stylesheets.flatMap((sheet) => {
          const match = /^\/node_modules\/((?:@[\w.-]+\/)?[\w.-]+)\/(.+)$/.exec(sheet);
          return match ? [{ name: match[1]!, specifier: `${match[1]}/${match[2]}` }] : [];
        });
        for (const { name } of sheets) {
          if (!packages.has(name)) packages.set(name, themePackage(name));
          const found = packages.get(name)!;
          if (!found.installed) unavailable[theme.id] ??= { package: name, license: '', reason: 'not-installed' };
          else if (!found.redistributable && !development) unavailable[theme.id] ??= { package: name, license: found.license, reason: 'licence' };
        }
        if (!unavailable[theme.id]) for (const { specifier } of sheets) if (!imports.includes(specifier)) imports.push(specifier);
      }
      return [...imports.map((specifier) => `import ${JSON.stringify(specifier)};`), `export const unavailableThemes = ${JSON.stringify(unavailable)};`].join('\n');
    },
  };
}

const LIT_ENTRIES = ['lit', 'lit/decorators.js', 'lit/directive.js', 'lit/directive-helpers.js', 'lit/static-html.js', 'lit/async-directive.js'].concat(
  ['class-map', 'if-defined', 'keyed', 'live', 'ref', 'repeat', 'style-map', 'until', 'when', 'map', 'choose', 'guard', 'cache'].map((name) => `lit/directives/${name}.js`),
);

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  staticDirs,
  viteFinal(viteConfig, { configType }) {
    viteConfig.plugins = [...(viteConfig.plugins ?? []), themePackages(configType === 'DEVELOPMENT')];
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
