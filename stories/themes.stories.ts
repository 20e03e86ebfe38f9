import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import './support/token-probe.js';
import { THEMES, containerClass } from './support/themes.js';

/**
 * The colour tokens as the elements see them (inside a shadow root, through the
 * --stroomop-* → --basis-* → literal fallbacks), with their WCAG contrast on the
 * theme's background. test/themes.test.ts checks the same figures.
 */
const meta: Meta = {
  title: 'Themes/Colour tokens',
  parameters: {
    docs: {
      description: {
        component:
          'Each shipped theme keeps text at 4.5:1 and marks, borders and the focus outline at 3:1 against its background. Switch the theme in the toolbar, or see them all side by side.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** The theme chosen in the toolbar. */
export const ToolbarTheme: Story = {
  name: 'Toolbar theme',
  render: (_args, context) => html`<stroomop-token-probe theme-key=${String(context.globals.theme ?? '')}></stroomop-token-probe>`,
};

/**
 * Every theme, each in its own container with the classes a host page would use. Drawn
 * without the toolbar's container: a StroomOP theme on an outer element would otherwise
 * win over the --basis-* tokens of a municipal theme inside it.
 */
export const AllThemes: Story = {
  name: 'All themes side by side',
  parameters: { stroomopContainer: false },
  render: (_args, context) => {
    // Themes the build leaves out (.storybook/main.ts: a token package whose licence does not allow redistribution).
    const unavailable = (context.parameters.stroomopUnavailableThemes ?? {}) as Record<string, { nl: string; en: string }>;
    const lang = context.globals.lang === 'en' ? 'en' : 'nl';
    return html`${THEMES.filter(({ id }) => !unavailable[id]).map(
      (theme) =>
        html`<section class=${containerClass(theme)} lang=${lang} aria-labelledby="theme-${theme.id}">
          <h2 id="theme-${theme.id}">${theme.title} <code>class="${theme.className}"</code></h2>
          <stroomop-token-probe theme-key=${theme.id}></stroomop-token-probe>
        </section>`,
    )}${THEMES.filter(({ id }) => unavailable[id]).map(
      (theme) =>
        html`<section class=${containerClass(THEMES[0]!)} lang=${lang} aria-labelledby="theme-${theme.id}">
          <h2 id="theme-${theme.id}">${theme.title} <code>class="${theme.className}"</code></h2>
          <p role="note">${lang === 'en' ? 'Not in this Storybook' : 'Niet in dit Storybook'}: ${unavailable[theme.id]![lang]}.</p>
        </section>`,
    )}`;
  },
};
