/** UI strings of <stroomop-monitor-view>, Dutch first; the English ones (monitor-view.strings.en.ts) load on demand. */
import { uiStrings } from '../../i18n/strings.js';

const nl = {
  comparedWith: (area: string, parents: string[]) => (parents.length ? `${area}, vergeleken met ${parents.join(' en ')}` : area),
  viewLoading: 'Monitorweergave laden…',
  noView: 'Geef een weergave op met het attribuut view of de eigenschap definition.',
  sectionLabel: { spotlight: 'Thema van de maand', quotes: 'Reacties uit het panel', narratives: 'Verhalen', interpretation: 'Duiding' },
};
export type MonitorViewStrings = typeof nl;

export const monitorViewStrings = uiStrings(nl, () => import('./monitor-view.strings.en.js'));
