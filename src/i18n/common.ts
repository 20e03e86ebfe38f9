/** UI strings every element shares, Dutch first. Element-specific strings live beside each element. */
import type { Lang } from '../format/text.js';

const nl = {
  loading: 'Gegevens laden…',
  errorTitle: 'Deze gegevens kunnen niet getoond worden',
  errorMore: (count: number) => `en nog ${count} ${count === 1 ? 'probleem' : 'problemen'}`,
  empty: 'Er zijn (nog) geen gegevens om te tonen.',
  illustrative: 'Voorbeeldgegevens: deze cijfers zijn verzonnen ter illustratie.',
  externalLink: '(externe link)',
  roles: { youth: 'Jongere', parent: 'Ouder', professional: 'Professional', researcher: 'Onderzoeker', policy: 'Beleid' },
  rolesPlural: { youth: 'Jongeren', parent: 'Ouders', professional: 'Professionals', researcher: 'Onderzoekers', policy: 'Beleid' },
};

export type CommonStrings = typeof nl;

const en: CommonStrings = {
  loading: 'Loading data…',
  errorTitle: 'This data cannot be shown',
  errorMore: (count: number) => `and ${count} more ${count === 1 ? 'problem' : 'problems'}`,
  empty: 'There is no data to show (yet).',
  illustrative: 'Sample data: these figures are made up for illustration.',
  externalLink: '(external link)',
  roles: { youth: 'Youth', parent: 'Parent', professional: 'Professional', researcher: 'Researcher', policy: 'Policy' },
  rolesPlural: { youth: 'Youths', parent: 'Parents', professional: 'Professionals', researcher: 'Researchers', policy: 'Policy' },
};

export const commonStrings: Record<Lang, CommonStrings> = { nl, en };
