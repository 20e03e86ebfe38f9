import { html } from 'lit';
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import customElements from '../custom-elements.json';
import { WCAG_TAGS } from '../test/helpers/axe.js';
import { DEFAULT_THEME, THEMES, containerClass, themeById } from '../stories/support/themes.js';
// Every theme's stylesheets: each applies only under its own class, so they load side by side.
// The municipal packages' CSS comes through main.ts's virtual module: in a static build only
// from packages whose licence allows redistribution (themes/README.md, "Licences").
import { unavailableThemes } from 'virtual:stroomop-theme-packages';
import '../themes/stroomop.css';
import '../themes/dark.css';
import '../themes/high-contrast.css';
import '../themes/utrecht.css';
import '../themes/denhaag.css';
import '../themes/voorbeeld.css';
import '../stories/support/story.css';

// Autodocs: attributes, properties, events, slots, parts and custom properties from the JSDoc of each element.
setCustomElementsManifest(customElements);

/**
 * Wraps every story in a container with the toolbar's theme class and language, as a host
 * page would. A story that draws its own containers sets `parameters: { stroomopContainer: false }`.
 */
/** Why a theme is not in this build, in Dutch and English (themes/README.md, "Licences"). */
const unavailableNotes: Record<string, { nl: string; en: string }> = Object.fromEntries(
  Object.entries(unavailableThemes).map(([id, missing]) => [
    id,
    missing.reason === 'licence'
      ? {
          nl: `de licentie van ${missing.package} (${missing.license}) staat verspreiden niet toe; het thema is er alleen in \`npm run storybook\`, met het pakket geïnstalleerd`,
          en: `the licence of ${missing.package} (${missing.license}) does not allow redistribution; the theme is only in \`npm run storybook\`, with the package installed`,
        }
      : { nl: `${missing.package} is niet geïnstalleerd`, en: `${missing.package} is not installed` },
  ]),
);

const withThemeAndLanguage: Decorator = (story, context) => {
  const chosen = themeById(context.globals.theme);
  const lang = context.globals.lang === 'en' ? 'en' : 'nl';
  const missing = unavailableNotes[chosen.id]?.[lang];
  // A theme this build leaves out: the default theme, with a note that says why.
  const theme = missing ? themeById(DEFAULT_THEME) : chosen;
  document.documentElement.lang = lang;
  const note = missing
    ? html`<p role="note">
        ${lang === 'en' ? `The theme “${chosen.title}” is not in this Storybook: ${missing}. Shown in the default theme; see themes/README.md.` : `Het thema “${chosen.title}” zit niet in dit Storybook: ${missing}. Getoond in het standaardthema; zie themes/README.md.`}
      </p>`
    : null;
  if (context.parameters.stroomopContainer === false) return html`${note}${story()}`;
  return html`<div class=${containerClass(theme)} lang=${lang}>${note}${story()}</div>`;
};

const withheld = THEMES.filter(({ id }) => unavailableThemes[id]);

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withThemeAndLanguage],
  globalTypes: {
    theme: {
      description: `Theme: the class a host page puts on an ancestor of the elements${
        withheld.length ? `. Not in this build: ${withheld.map(({ title }) => title).join(', ')} (the licence of its token package does not allow redistribution; themes/README.md)` : ''
      }`,
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: THEMES.map(({ id, title }) => (unavailableThemes[id] ? { value: id, title: `${title}: not in this build`, right: 'licence' } : { value: id, title })),
        dynamicTitle: true,
      },
    },
    lang: {
      description: 'Language: the lang attribute of the container (elements follow the nearest ancestor lang)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'nl', title: 'Nederlands', right: 'nl' },
          { value: 'en', title: 'English', right: 'en' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: DEFAULT_THEME, lang: 'nl' },
  parameters: {
    // For stories that draw every theme themselves (Themes → Colour tokens).
    stroomopUnavailableThemes: unavailableNotes,
    layout: 'fullscreen',
    controls: { expanded: true },
    a11y: {
      // The same rules as the browser tests: WCAG 2.1 AA and 2.2 AA.
      options: { runOnly: { type: 'tag', values: WCAG_TAGS } },
      test: 'error',
    },
    docs: { toc: true },
  },
};

export default preview;
