// Builds dist/:
//   dist/*.js, dist/components/<name>/<name>.js (+ .component.js)  npm package: ES modules,
//       dependencies (lit, d3) left as imports for the host's bundler
//   dist/cdn/<name>.js, dist/cdn/stroomop-monitor.js  self-contained bundles for a single
//       <script type="module"> tag, minified and code-split: a page with only quotes never loads d3
//   dist/format.js  the format alone (types, validator, periods, numbers), for the pipeline package and other tools
import { readdirSync, existsSync, rmSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import terser from '@rollup/plugin-terser';

// Stale hashed chunks would be measured and shipped: start from an empty dist/.
if (!process.env.ROLLUP_WATCH) rmSync('dist', { recursive: true, force: true });

const components = existsSync('src/components')
  ? readdirSync('src/components', { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(`src/components/${entry.name}/${entry.name}.ts`))
      .map((entry) => entry.name)
  : [];

const packageInputs = { index: 'src/index.ts', format: 'src/format/index.ts', 'react/index': 'src/react/index.ts' };
const cdnInputs = { 'stroomop-monitor': 'src/autoload.ts' };
for (const name of components) {
  packageInputs[`components/${name}/${name}`] = `src/components/${name}/${name}.ts`;
  if (existsSync(`src/components/${name}/${name}.component.ts`)) packageInputs[`components/${name}/${name}.component`] = `src/components/${name}/${name}.component.ts`;
  cdnInputs[name] = `src/components/${name}/${name}.ts`;
}

const ts = () => typescript({ tsconfig: './tsconfig.build.json', declaration: false, sourceMap: true, outDir: undefined, declarationDir: undefined, noEmitOnError: true });
const onwarn = (warning, warn) => {
  // d3 has harmless circular imports.
  if (warning.code === 'CIRCULAR_DEPENDENCY') return;
  warn(warning);
};
/**
 * Minifies the CSS in the css`` templates of the *.styles.ts modules for the CDN bundles (terser leaves
 * template text alone): no comments, indentation or spaces around { } ; , and after a colon, no leading
 * zero before a decimal point (.5em), no quotes around an identifier in an attribute selector
 * ([part~=title]); other quoted strings untouched. Runs on the TypeScript output and keeps each template's line count (its line
 * breaks move to its end), so the source maps stay right.
 */
const minifyStyles = () => ({
  name: 'minify-styles',
  transform(code, id) {
    if (!id.endsWith('.styles.ts')) return null;
    const minified = code.replace(/\bcss\s*`([^`$\\]*)`/g, (_, body) => {
      const text = body
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .split(/('[^']*'|"[^"]*")/)
        .map((part, index) =>
          index % 2 ? part : part.replace(/\s+/g, ' ').replace(/\s*([{};,])\s*/g, '$1').replace(/:\s+/g, ':').replace(/(^|[^\w.#-])0\.(\d)/g, '$1.$2'),
        )
        .join('')
        .replace(/=(['"])(-?[a-zA-Z_][\w-]*)\1\]/g, '=$2]')
        .replace(/;}/g, '}')
        .trim();
      return `css\`${text}${'\n'.repeat(body.split('\n').length - 1)}\``;
    });
    return { code: minified, map: null };
  },
});
/**
 * Drops the indentation from the html`` templates of the CDN bundles (terser leaves template text alone): every run of
 * white space that holds a line break becomes that one line break, which HTML shows just as it showed the run (one
 * space, or nothing between blocks). svg`` templates are left alone, as the chart's SVG text keeps its white space
 * (`white-space: pre`), and no html`` template writes white space of its own into <pre>, <textarea> or an element with
 * pre-formatted white space (the quote's `pre-line` paragraph holds only the data's text). Keeps each template's line
 * count, so the source maps stay right line by line.
 */
const collapseHtmlWhitespace = () => ({
  name: 'collapse-html-whitespace',
  transform(code, id) {
    if (!id.includes('/src/') || !/\bhtml\s*`/.test(code)) return null;
    const edits = [];
    const visit = (node) => {
      if (!node || typeof node.type !== 'string') return;
      if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'html') {
        for (const quasi of node.quasi.quasis) edits.push(quasi);
      }
      for (const value of Object.values(node)) {
        if (Array.isArray(value)) value.forEach(visit);
        else if (value && typeof value === 'object') visit(value);
      }
    };
    visit(this.parse(code));
    if (!edits.length) return null;
    let result = '';
    let at = 0;
    for (const { start, end } of edits.sort((a, b) => a.start - b.start)) {
      result += code.slice(at, start) + code.slice(start, end).replace(/[ \t]*\n\s*/g, (run) => '\n'.repeat(run.split('\n').length - 1));
      at = end;
    }
    return { code: result + code.slice(at), map: null };
  },
});
const bare = (id, importer) => importer !== undefined && !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

export default [
  {
    input: packageInputs,
    output: { dir: 'dist', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    external: bare,
    plugins: [ts()],
    onwarn,
  },
  {
    input: cdnInputs,
    output: {
      dir: 'dist/cdn',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      // The chunk every element loads (the base element with Lit, the loader and the validator, the shared styles)
      // also takes heading.ts: five of the six elements render headings with it, and as a chunk of its own it was one
      // more request for each of them. The chart, which has no use for it, loads its 0.3 KiB along.
      manualChunks: (id) => (/\/src\/(base\/(monitor-element|heading)|styles\/shared\.styles)\.ts$/.test(id) ? 'shared' : undefined),
    },
    plugins: [nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }), commonjs(), ts(), ...(process.env.NO_MINIFY ? [] : [minifyStyles(), collapseHtmlWhitespace(), terser({ format: { comments: false }, compress: { passes: 2 } })])],
    onwarn,
  },
];
