/**
 * The themes the Storybook toolbar offers and test/themes.test.ts checks: the
 * classes a page puts on an ancestor of the elements, and the stylesheets it
 * loads (URLs from the project root, as the dev servers serve it).
 */
export interface ThemeEntry {
  id: string;
  /** The toolbar label. */
  title: string;
  /** The classes on the container, exactly as a page would write them. */
  className: string;
  /** The stylesheets the page loads, in order. */
  stylesheets: readonly string[];
}

const UTRECHT = '/node_modules/@utrecht/design-tokens/dist/index.css';
const UTRECHT_DARK = '/node_modules/@utrecht/design-tokens/dist/dark/index.css';
const DENHAAG = '/node_modules/@gemeente-denhaag/design-tokens-components/dist/theme/index.css';
const VOORBEELD = '/node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';

export const THEMES: readonly ThemeEntry[] = [
  { id: 'default', title: 'StroomOP (default)', className: 'stroomop-theme', stylesheets: ['/themes/stroomop.css'] },
  { id: 'dark', title: 'Dark', className: 'stroomop-theme stroomop-theme--dark', stylesheets: ['/themes/stroomop.css', '/themes/dark.css'] },
  {
    id: 'high-contrast',
    title: 'High contrast',
    className: 'stroomop-theme stroomop-theme--high-contrast',
    stylesheets: ['/themes/stroomop.css', '/themes/high-contrast.css'],
  },
  { id: 'utrecht', title: 'Gemeente Utrecht', className: 'utrecht-theme', stylesheets: [UTRECHT, '/themes/utrecht.css'] },
  {
    id: 'utrecht-dark',
    title: 'Gemeente Utrecht (dark)',
    className: 'utrecht-theme utrecht-theme--color-scheme-dark',
    stylesheets: [UTRECHT, UTRECHT_DARK, '/themes/utrecht.css'],
  },
  { id: 'denhaag', title: 'Gemeente Den Haag', className: 'denhaag-theme', stylesheets: [DENHAAG, '/themes/denhaag.css'] },
  { id: 'voorbeeld', title: 'NL Design System Voorbeeld', className: 'voorbeeld-theme', stylesheets: [VOORBEELD, '/themes/voorbeeld.css'] },
];

export const DEFAULT_THEME = 'default';

export function themeById(id: unknown): ThemeEntry {
  return THEMES.find((theme) => theme.id === id) ?? THEMES[0]!;
}

/** The container every story renders in: the theme's classes plus `stroomop-story`, which paints the theme's background (stories/support/story.css). */
export function containerClass(theme: ThemeEntry): string {
  return `stroomop-story ${theme.className}`;
}
