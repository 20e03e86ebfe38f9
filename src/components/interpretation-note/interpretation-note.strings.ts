/** UI strings of <stroomop-interpretation-note>, Dutch first; English is typed against the Dutch. */
import type { Lang } from '../../format/text.js';

const nl = {
  /** Label of the whole note for assistive technology when its title is missing. */
  noteLabel: 'Duiding',
  by: 'Door',
  written: 'Geschreven op',
  empty: 'Er is nog geen duiding bij deze indicator.',
  stale: (writtenFor: string, newer: string) => `Geschreven bij de cijfers van ${writtenFor}; er zijn nieuwere cijfers (${newer}).`,
  release: (release: string) => `Datalevering ${release}`,
  perspectives: 'Perspectieven',
  questions: 'Vragen om samen te bespreken',
  actions: 'Wat er verbetert, en wat (nog) niet',
  actionsIntro: 'Verandering heeft tijd nodig. Hier staat wat er gebeurt, ook wat vastloopt of stopt.',
  status: {
    planned: 'Gepland',
    'in-progress': 'Bezig',
    done: 'Gelukt',
    stalled: 'Vastgelopen',
    stopped: 'Gestopt',
  },
  expected: 'Verwacht',
  wasExpected: 'Was verwacht',
  owner: 'Wie',
  note: 'Toelichting',
  chartLink: 'Bekijk de cijfers',
  unknownNote: (id: string) => `er is geen duiding met id "${id}"`,
  unknownIndicator: (id: string) => `er is geen indicator met id "${id}"`,
  missingSelection: 'geef een indicator (attribuut indicator) of een duiding (attribuut note) op',
};

export type InterpretationNoteStrings = typeof nl;

const en: InterpretationNoteStrings = {
  noteLabel: 'Interpretation',
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
  unknownNote: (id: string) => `there is no interpretation with id "${id}"`,
  unknownIndicator: (id: string) => `there is no indicator with id "${id}"`,
  missingSelection: 'give an indicator (attribute indicator) or an interpretation (attribute note)',
};

export const interpretationNoteStrings: Record<Lang, InterpretationNoteStrings> = { nl, en };
