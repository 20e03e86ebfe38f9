import type { Lang } from '../../format/text.js';

const nl = {
  comparedWith: (area: string, parents: string[]) => (parents.length ? `${area}, vergeleken met ${parents.join(' en ')}` : area),
  viewLoading: 'Monitorweergave laden…',
  noView: 'Geef een weergave op met het attribuut view of de eigenschap definition.',
  sectionLabel: { spotlight: 'Thema van de maand', quotes: 'Reacties uit het panel', narratives: 'Verhalen', interpretation: 'Duiding' },
};
export type MonitorViewStrings = typeof nl;
const en: MonitorViewStrings = {
  comparedWith: (area: string, parents: string[]) => (parents.length ? `${area}, compared with ${parents.join(' and ')}` : area),
  viewLoading: 'Loading monitor view…',
  noView: 'Give a view with the view attribute or the definition property.',
  sectionLabel: { spotlight: 'Theme of the month', quotes: 'Reactions from the panel', narratives: 'Stories', interpretation: 'Interpretation' },
};
export const monitorViewStrings: Record<Lang, MonitorViewStrings> = { nl, en };
