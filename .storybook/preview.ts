import { html } from 'lit';
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import customElements from '../custom-elements.json';
import { WCAG_TAGS } from '../test/helpers/axe.js';
import { DEFAULT_THEME, THEMES, containerClass, themeById } from '../stories/support/themes.js';
// Every theme's stylesheets: each applies only under its own class, so they load side by side.
import '@utrecht/design-tokens/dist/index.css';
import '@utrecht/design-tokens/dist/dark/index.css';
import '@gemeente-denhaag/design-tokens-components/dist/theme/index.css';
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
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
const withThemeAndLanguage: Decorator = (story, context) => {
  const theme = themeById(context.globals.theme);
  const lang = context.globals.lang === 'en' ? 'en' : 'nl';
  document.documentElement.lang = lang;
  if (context.parameters.stroomopContainer === false) return story();
  return html`<div class=${containerClass(theme)} lang=${lang}>${story()}</div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withThemeAndLanguage],
  globalTypes: {
    theme: {
      description: 'Theme: the class a host page puts on an ancestor of the elements',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: THEMES.map(({ id, title }) => ({ value: id, title })),
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
