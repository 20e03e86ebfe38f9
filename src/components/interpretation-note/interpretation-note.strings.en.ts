/** English UI strings of <stroomop-interpretation-note>, typed against the Dutch; loaded only when an element speaks English. */
import type { InterpretationNoteStrings } from './interpretation-note.strings.js';

export const en: InterpretationNoteStrings = {
  by: 'By',
  written: 'Written on',
  empty: 'There is no interpretation of this indicator yet.',
  stale: (writtenFor: string, newer: string) => `Written for the figures of ${writtenFor}; newer figures exist (${newer}).`,
  release: (release: string) => `Data release ${release}`,
  perspectives: 'Perspectives',
  questions: 'Questions to discuss together',
  actions: 'What is improving, and what is not (yet)',
  actionsIntro: 'Change takes time. Here is what is happening, including what has stalled or stopped.',
  status: {
    planned: 'Planned',
    'in-progress': 'In progress',
    done: 'Done',
    stalled: 'Stalled',
    stopped: 'Stopped',
  },
  expected: 'Expected',
  wasExpected: 'Was expected',
  owner: 'Who',
  note: 'Note',
  chartLink: 'See the figures',
};
