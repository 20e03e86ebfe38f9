// The iframe embed: embed.html?view=…&area=…&lang=…&theme=…[&heading-level=2]
//
// For CMSs that strip <script> tags: the web editor pastes an <iframe> instead,
// and the host page (optionally) adds a few lines that resize the iframe to the
// height this page posts (see iframe-host.html and docs/embedding.md).
//
// Safety: every parameter is checked against an allow-list or a strict pattern.
// Nothing from the URL is ever put into markup: elements are made with
// createElement and the checked values set with setAttribute. A bad parameter
// gives a visible message that names the allowed values, not the bad value.
import '../dist/cdn/stroomop-monitor.js';

/** The public views in examples/views/ (test/node/examples.test.ts checks this list against the folder). */
export const VIEWS = ['uitkomsten', 'stemmen'];

/**
 * Themes: the classes on <body> and the extra stylesheets they need (fixed paths,
 * never from the URL). The StroomOP, dark and high-contrast sheets are linked in embed.html.
 */
export const THEMES = {
  stroomop: { classes: ['stroomop-theme'], sheets: [] },
  dark: { classes: ['stroomop-theme', 'stroomop-theme--dark'], sheets: [] },
  'high-contrast': { classes: ['stroomop-theme', 'stroomop-theme--high-contrast'], sheets: [] },
  utrecht: { classes: ['utrecht-theme'], sheets: ['../node_modules/@utrecht/design-tokens/dist/index.css', '../themes/utrecht.css'] },
  voorbeeld: { classes: ['voorbeeld-theme'], sheets: ['../node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css', '../themes/voorbeeld.css'] },
  denhaag: { classes: ['denhaag-theme'], sheets: ['../node_modules/@gemeente-denhaag/design-tokens-components/dist/theme/index.css', '../themes/denhaag.css'] },
};

export const LANGS = ['nl', 'en'];

/** An area code as the format defines identifiers (NL01, JZ18, GM0344, an organisation's code), at most 64 characters. */
export const AREA_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/** The level of the view's title, so it fits the host page's outline (default 2). */
export const HEADING_LEVELS = ['1', '2', '3', '4', '5', '6'];

const MESSAGES = {
  nl: {
    title: 'Deze monitor kan niet worden getoond',
    view: (allowed) => `De weergave (view) ontbreekt of is onbekend. Kies uit: ${allowed}.`,
    area: 'Het gebied (area) is geen geldige gebiedscode, zoals NL01, JZ18 of GM0344.',
    lang: 'De taal (lang) moet nl of en zijn.',
    theme: (allowed) => `Het thema (theme) is onbekend. Kies uit: ${allowed}.`,
    level: 'Het kopniveau (heading-level) moet een getal van 1 tot en met 6 zijn.',
  },
  en: {
    title: 'This monitor cannot be shown',
    view: (allowed) => `The view is missing or unknown. Choose one of: ${allowed}.`,
    area: 'The area is not a valid area code, such as NL01, JZ18 or GM0344.',
    lang: 'The language (lang) must be nl or en.',
    theme: (allowed) => `The theme is unknown. Choose one of: ${allowed}.`,
    level: 'The heading level (heading-level) must be a number from 1 to 6.',
  },
};

/** Reads and checks the parameters; returns the settings and the problems (as message keys). */
export function readParameters(search) {
  const params = new URLSearchParams(search);
  const problems = [];
  const has = (name) => params.has(name) && params.get(name) !== '';

  const view = params.get('view') ?? '';
  if (!VIEWS.includes(view)) problems.push('view');

  let lang = 'nl';
  if (has('lang')) {
    if (LANGS.includes(params.get('lang'))) lang = params.get('lang');
    else problems.push('lang');
  }

  let theme = 'stroomop';
  if (has('theme')) {
    if (Object.hasOwn(THEMES, params.get('theme'))) theme = params.get('theme');
    else problems.push('theme');
  }

  let area = '';
  if (has('area')) {
    if (AREA_PATTERN.test(params.get('area'))) area = params.get('area');
    else problems.push('area');
  }

  let level = '2';
  if (has('heading-level')) {
    if (HEADING_LEVELS.includes(params.get('heading-level'))) level = params.get('heading-level');
    else problems.push('level');
  }

  return { view, lang, theme, area, level, problems };
}

function applyTheme(theme) {
  const { classes, sheets } = THEMES[theme];
  document.body.classList.remove('stroomop-theme');
  document.body.classList.add(...classes);
  for (const href of sheets) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    document.head.append(link);
  }
}

function showProblems(problems, lang) {
  const strings = MESSAGES[lang];
  const box = document.createElement('div');
  box.className = 'embed-problem';
  box.setAttribute('role', 'alert');
  const title = document.createElement('p');
  const strong = document.createElement('strong');
  strong.textContent = strings.title;
  title.append(strong);
  box.append(title);
  for (const key of problems) {
    const line = document.createElement('p');
    if (key === 'view') line.textContent = strings.view(VIEWS.join(', '));
    else if (key === 'theme') line.textContent = strings.theme(Object.keys(THEMES).join(', '));
    else line.textContent = strings[key];
    box.append(line);
  }
  return box;
}

/**
 * Posts the page's height to the embedding page whenever it changes.
 *
 * targetOrigin '*': the embed cannot know which municipality's site embeds it,
 * and the message carries nothing but a number and a fixed type, which reveal
 * nothing about the reader. The host must check the message's source (and
 * may check its origin) before acting on it: see iframe-host.html.
 */
function postHeight() {
  if (window.parent === window) return;
  let last = -1;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'stroomop-height', height }, '*');
  };
  new ResizeObserver(post).observe(document.body);
  post();
}

function start() {
  const { view, lang, theme, area, level, problems } = readParameters(window.location.search);
  document.documentElement.lang = lang;
  applyTheme(problems.includes('theme') ? 'stroomop' : theme);
  const main = document.getElementById('monitor');
  if (problems.length) {
    main.replaceChildren(showProblems(problems, lang));
  } else {
    const element = document.createElement('stroomop-monitor-view');
    // A fixed path from the allow-list: never a URL from the parameters.
    element.setAttribute('view', `views/${view}.json`);
    if (area) element.setAttribute('area', area);
    // An embed is public, whatever the view definition says.
    element.setAttribute('audience', 'public');
    element.setAttribute('heading-level', level);
    element.addEventListener('stroomop-load', () => {
      const title = element.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim();
      if (title) document.title = `${title} – StroomOP Monitor`;
    });
    main.replaceChildren(element);
  }
  postHeight();
}

start();
