// Generates the StroomOP theme stylesheets from themes/tokens.json (W3C DTCG format):
//   themes/stroomop.css       .stroomop-theme                  the default house style
//   themes/dark.css           .stroomop-theme--dark
//   themes/high-contrast.css  .stroomop-theme--high-contrast
// Each top-level group of tokens.json is a theme; its `$extensions["nl.stroomop.theme"]`
// names the file and the selector. A token's path without the theme gives its custom
// property: default.color.text -> --stroomop-color-text. An alias to a token of the same
// theme ("{default.font.family}") becomes var(--stroomop-font-family), so a page that
// overrides the one also changes the other.
// The municipal bridges (themes/utrecht.css, themes/voorbeeld.css) map other packages'
// custom properties and are written by hand.
// `node scripts/build-themes.mjs --check` fails when a committed file is out of date.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

const EXTENSION = 'nl.stroomop.theme';
const PREFIX = '--stroomop-';
const GENERIC_FAMILIES = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui', 'ui-serif', 'ui-sans-serif', 'ui-monospace', 'ui-rounded', 'math', 'emoji', 'fangsong', '-apple-system', 'BlinkMacSystemFont']);

/** Every token of a group, depth first, with its path and inherited `$type`. */
function* walk(group, path = [], inheritedType = undefined) {
  const type = group.$type ?? inheritedType;
  for (const [key, node] of Object.entries(group)) {
    if (key.startsWith('$') || node === null || typeof node !== 'object') continue;
    if ('$value' in node) yield { path: [...path, key], token: node, type: node.$type ?? type };
    else yield* walk(node, [...path, key], type);
  }
}

function lookup(tokens, path) {
  let node = tokens;
  for (const key of path) node = node?.[key];
  return node && typeof node === 'object' && '$value' in node ? node : undefined;
}

function fontFamily(value) {
  const names = Array.isArray(value) ? value : [value];
  return names.map((name) => (GENERIC_FAMILIES.has(name) || /^[-\w]+$/.test(name) ? name : `'${name.replaceAll("'", "\\'")}'`)).join(', ');
}

/** The CSS value of one token; throws on what the format does not allow. */
function cssValue(tokens, theme, { path, token, type }, seen = new Set()) {
  const where = [theme, ...path].join('.');
  const value = token.$value;
  if (typeof value === 'string' && /^\{[^}]+\}$/.test(value)) {
    const target = value.slice(1, -1).split('.');
    const aliased = lookup(tokens, target);
    if (!aliased) throw new Error(`${where}: alias ${value} points at no token`);
    if (seen.has(value)) throw new Error(`${where}: alias ${value} is circular`);
    if (target[0] === theme) return `var(${PREFIX}${target.slice(1).join('-')})`;
    return cssValue(tokens, target[0], { path: target.slice(1), token: aliased, type: aliased.$type ?? type }, new Set([...seen, value]));
  }
  switch (type) {
    case 'color':
      if (typeof value !== 'string' || !/^#(?:[0-9a-f]{6}|[0-9a-f]{8})$/i.test(value)) throw new Error(`${where}: a color must be #rrggbb or #rrggbbaa, not ${JSON.stringify(value)}`);
      return value.toLowerCase();
    case 'dimension':
      if (typeof value !== 'string' || !/^-?\d*\.?\d+(?:px|rem)$/.test(value)) throw new Error(`${where}: a dimension must be a number with px or rem, not ${JSON.stringify(value)}`);
      return value;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`${where}: a number must be finite`);
      return String(value);
    case 'fontFamily':
      if (!(typeof value === 'string' || (Array.isArray(value) && value.length && value.every((name) => typeof name === 'string')))) throw new Error(`${where}: a fontFamily is a name or a list of names`);
      return fontFamily(value);
    default:
      throw new Error(`${where}: unsupported $type ${JSON.stringify(type)}`);
  }
}

const comment = (text) => text.replaceAll('*/', '* /');

/** The stylesheets described by a tokens document: a Map from file name to CSS text. */
export function buildThemes(tokens) {
  const files = new Map();
  for (const [theme, group] of Object.entries(tokens)) {
    if (theme.startsWith('$')) continue;
    const meta = group.$extensions?.[EXTENSION];
    if (!meta?.file || !meta.selector) throw new Error(`${theme}: $extensions["${EXTENSION}"] needs file and selector`);
    const modifier = meta.selector !== '.stroomop-theme';
    // A modifier also wins over .stroomop-theme on the same element, whatever the order the files load in.
    const selector = modifier ? `${meta.selector},\n.stroomop-theme${meta.selector}` : meta.selector;
    const lines = [];
    if (meta.colorScheme) lines.push(`  color-scheme: ${meta.colorScheme};`);
    for (const entry of walk(group)) {
      if (entry.token.$description) lines.push(`  /* ${comment(entry.token.$description)} */`);
      lines.push(`  ${PREFIX}${entry.path.join('-')}: ${cssValue(tokens, theme, entry)};`);
    }
    const header = [
      '/* Generated by scripts/build-themes.mjs from themes/tokens.json. Do not edit. */',
      `/* ${comment(meta.title ?? theme)}${group.$description ? `: ${comment(group.$description)}` : ''} */`,
    ];
    files.set(meta.file, `${header.join('\n')}\n${selector} {\n${lines.join('\n')}\n}\n`);
  }
  return files;
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const check = process.argv.includes('--check');
  const themes = new URL('../themes/', import.meta.url);
  const tokens = JSON.parse(readFileSync(new URL('tokens.json', themes), 'utf8'));
  const stale = [];
  for (const [file, css] of buildThemes(tokens)) {
    const target = new URL(file, themes);
    const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
    if (current === css) continue;
    if (check) stale.push(`themes/${file}`);
    else {
      writeFileSync(target, css);
      console.log(`wrote themes/${file}`);
    }
  }
  if (stale.length) {
    console.error(`Out of date with themes/tokens.json: ${stale.join(', ')}. Run \`node scripts/build-themes.mjs\`.`);
    process.exit(1);
  }
}
