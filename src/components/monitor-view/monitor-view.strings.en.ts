/** English UI strings of <stroomop-monitor-view>, typed against the Dutch; loaded only when an element speaks English. */
import type { MonitorViewStrings } from './monitor-view.strings.js';

export const en: MonitorViewStrings = {
  comparedWith: (area: string, parents: string[]) => (parents.length ? `${area}, compared with ${parents.join(' and ')}` : area),
  viewLoading: 'Loading monitor view…',
  noView: 'Give a view with the view attribute or the definition property.',
  sectionLabel: { spotlight: 'Theme of the month', quotes: 'Reactions from the panel', narratives: 'Stories', interpretation: 'Interpretation' },
};
