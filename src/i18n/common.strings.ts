/** UI strings every element shares, Dutch first; the English ones (common.strings.en.ts) load on demand. Element-specific strings live beside each element. */
import { uiStrings } from './strings.js';

const nl = {
  loading: 'Gegevens laden…',
  empty: 'Er zijn (nog) geen gegevens om te tonen.',
  illustrative: 'Voorbeeldgegevens: deze cijfers zijn verzonnen ter illustratie.',
  externalLink: '(externe link)',
  roles: { youth: 'Jongere', parent: 'Ouder', professional: 'Professional', researcher: 'Onderzoeker', policy: 'Beleid' },
};

export type CommonStrings = typeof nl;

export const commonUi = uiStrings(nl, () => import('./common.strings.en.js'));
