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
// The conversion itself is in scripts/theme-css.mjs (no Node APIs; the browser test uses it too).
// `node scripts/build-themes.mjs --check` fails when a committed file is out of date.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { buildThemes } from './theme-css.mjs';

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
