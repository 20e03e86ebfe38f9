/** Localised text from the format: a plain value is Dutch; English is optional. */
import type { Paragraphs, Text } from './types.generated.js';

export type Lang = 'nl' | 'en';

/** The text in `lang`, falling back to Dutch. */
export function localize(text: Text | undefined, lang: Lang): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return (lang === 'en' ? text.en : undefined) ?? text.nl;
}

/** Whether the text has a translation in `lang` (for a `lang` attribute on Dutch fallbacks). */
export function textLang(text: Text | Paragraphs | undefined, lang: Lang): Lang {
  if (lang === 'nl' || text === undefined || typeof text === 'string' || Array.isArray(text)) return 'nl';
  return text.en ? 'en' : 'nl';
}

export function localizeParagraphs(paragraphs: Paragraphs | undefined, lang: Lang): string[] {
  if (!paragraphs) return [];
  if (Array.isArray(paragraphs)) return paragraphs;
  return (lang === 'en' ? paragraphs.en : undefined) ?? paragraphs.nl;
}

/**
 * The URL gate, for the data path: the dataset takes it from here, so that this module stays in the
 * elements' shared chunk with it (a chunk of its own costs every element a request and some bytes).
 */
export { gateUrl } from './url.js';
