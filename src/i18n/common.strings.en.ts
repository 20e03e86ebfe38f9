/** The English UI strings every element shares, typed against the Dutch; loaded only when an element speaks English. */
import type { CommonStrings } from './common.strings.js';

export const en: CommonStrings = {
  loading: 'Loading data…',
  empty: 'There is no data to show (yet).',
  illustrative: 'Sample data: these figures are made up for illustration.',
  externalLink: '(external link)',
  roles: { youth: 'Youth', parent: 'Parent', professional: 'Professional', researcher: 'Researcher', policy: 'Policy' },
};
