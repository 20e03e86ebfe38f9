/** The English UI strings every element shares, typed against the Dutch; loaded only when an element speaks English. */
import type { CommonStrings } from './common.strings.js';

export const en: CommonStrings = {
  loading: 'Loading data…',
  errorTitle: 'This data cannot be shown',
  errorMore: (count: number) => `and ${count} more ${count === 1 ? 'problem' : 'problems'}`,
  empty: 'There is no data to show (yet).',
  illustrative: 'Sample data: these figures are made up for illustration.',
  externalLink: '(external link)',
  roles: { youth: 'Youth', parent: 'Parent', professional: 'Professional', researcher: 'Researcher', policy: 'Policy' },
  rolesPlural: { youth: 'Youths', parent: 'Parents', professional: 'Professionals', researcher: 'Researchers', policy: 'Policy' },
};
