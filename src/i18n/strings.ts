/**
 * UI strings whose English half loads on demand. Dutch is the default and ships with each element; the English
 * strings live in a module of their own (`<name>.strings.en.ts`), which a Dutch page never fetches. MonitorElement
 * loads them the first time an element speaks English and renders nothing of its own until they are in.
 */
import type { Lang } from '../format/text.js';

export interface UiStrings<T> {
  readonly nl: T;
  /** The English strings, once loaded. */
  en?: T;
  /** The strings in `lang`; Dutch while the English ones are not in. */
  in(lang: Lang): T;
  /** Loads the English strings, once per page. If their module cannot load, English falls back to Dutch. */
  load(): Promise<unknown>;
}

export function uiStrings<T>(nl: T, loadEnglish: () => Promise<{ en: T }>): UiStrings<T> {
  let loading: Promise<unknown> | undefined;
  const strings: UiStrings<T> = {
    nl,
    in: (lang) => (lang === 'en' && strings.en ? strings.en : nl),
    load: () =>
      (loading ??= loadEnglish().then(
        ({ en }) => (strings.en = en),
        () => (strings.en = nl),
      )),
  };
  return strings;
}
