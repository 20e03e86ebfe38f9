/** UI strings of <stroomop-interpretation-note>, Dutch first; the English ones (interpretation-note.strings.en.ts) load on demand. */
import { uiStrings } from '../../i18n/strings.js';

const nl = {
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
};

export type InterpretationNoteStrings = typeof nl;

export const interpretationNoteStrings = uiStrings(nl, () => import('./interpretation-note.strings.en.js'));

/** Problems with the element's own attributes: an issue carries its message in both languages. */
export const interpretationNoteProblems = {
  unknownNote: (id: string) => ({ nl: `er is geen duiding met id "${id}"`, en: `there is no interpretation with id "${id}"` }),
  unknownIndicator: (id: string) => ({ nl: `er is geen indicator met id "${id}"`, en: `there is no indicator with id "${id}"` }),
  missingSelection: {
    nl: 'geef een indicator (attribuut indicator) of een duiding (attribuut note) op',
    en: 'give an indicator (attribute indicator) or an interpretation (attribute note)',
  },
};
