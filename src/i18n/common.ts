/**
 * The shared UI strings in both languages at once, with the plural role names, for pure code that cannot wait for
 * English strings to load (the chart model, the spotlight's related figures). Elements speak through `this.common`,
 * which loads English on demand and has no plural role names: only that code uses them.
 */
import type { Lang } from '../format/text.js';
import { commonUi, type CommonStrings } from './common.strings.js';
import { en } from './common.strings.en.js';

const rolesPlural = {
  nl: { youth: 'Jongeren', parent: 'Ouders', professional: 'Professionals', researcher: 'Onderzoekers', policy: 'Beleid' },
  en: { youth: 'Youths', parent: 'Parents', professional: 'Professionals', researcher: 'Researchers', policy: 'Policy' },
};

export type { CommonStrings };

export const commonStrings: Record<Lang, CommonStrings & { rolesPlural: typeof rolesPlural.nl }> = {
  nl: { ...commonUi.nl, rolesPlural: rolesPlural.nl },
  en: { ...en, rolesPlural: rolesPlural.en },
};
