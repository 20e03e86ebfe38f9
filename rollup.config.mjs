// Builds dist/: ES modules per element (a define file and a pure class file),
// the whole library, the Node command line, and self-contained bundles for a
// single <script> tag. Shared code lands in chunks, so a page with only quotes
// never downloads Plot.
import { readdirSync, existsSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import terser from '@rollup/plugin-terser';

const components = existsSync('src/components') ? readdirSync('src/components', { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name) : [];

const browserInputs = { index: 'src/index.ts' };
for (const name of components) {
  if (existsSync(`src/components/${name}/${name}.ts`)) browserInputs[`components/${name}/${name}`] = `src/components/${name}/${name}.ts`;
  if (existsSync(`src/components/${name}/${name}.component.ts`)) browserInputs[`components/${name}/${name}.component`] = `src/components/${name}/${name}.component.ts`;
}

const ts = () => typescript({ tsconfig: './tsconfig.build.json', declaration: false, sourceMap: true, outDir: undefined, declarationDir: undefined });
const onwarn = (warning, warn) => {
  // d3 and Plot have harmless circular imports.
  if (warning.code === 'CIRCULAR_DEPENDENCY') return;
  warn(warning);
};
const browserPlugins = () => [nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }), commonjs(), ts(), terser({ format: { comments: false } })];

export default [
  {
    input: browserInputs,
    output: { dir: 'dist', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    plugins: browserPlugins(),
    onwarn,
  },
  {
    input: { cli: 'src/cli/main.ts' },
    output: { dir: 'dist', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/cli-[name]-[hash].js' },
    external: (id, importer) => importer !== undefined && !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
    plugins: [nodeResolve({ preferBuiltins: true }), commonjs(), ts()],
    onwarn,
  },
];
