/**
 * React wrappers for every StroomOP element, made with @lit/react: properties are set as
 * properties (so `data` and `definition` can take objects), and each element's events are
 * props with typed handlers (`onStroomopLoad`, `onStroomopError`, ...).
 *
 * An optional entry: `import { StroomopIndicatorChart } from 'stroomop-monitor-elements/react'`.
 * It needs `react` (17, 18 or 19) and `@lit/react` in the host application. Importing it defines
 * the custom elements, like the define files do; it runs in the browser only (custom elements
 * need a DOM), so render these components on the client.
 *
 * ```tsx
 * <StroomopIndicatorChart
 *   src="/data/nationaal.json"
 *   indicator="uitval"
 *   areas="GM0344 JZ18 NL01"
 *   onStroomopError={(event) => console.warn(event.detail.message)}
 * />
 * ```
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { StroomopErrorEvent, StroomopLoadEvent } from '../base/events.js';
import { StroomopIndicatorChart as IndicatorChartElement, type StroomopPointFocusEvent } from '../components/indicator-chart/indicator-chart.js';
import { StroomopInterpretationNote as InterpretationNoteElement } from '../components/interpretation-note/interpretation-note.js';
import { StroomopSpotlight as SpotlightElement, type StroomopMonthChangeEvent } from '../components/spotlight/spotlight.js';
import { StroomopQuoteStream as QuoteStreamElement, type StroomopQuoteChangeEvent } from '../components/quote-stream/quote-stream.js';
import { StroomopNarrativePanel as NarrativePanelElement, type StroomopConsentEvent } from '../components/narrative-panel/narrative-panel.js';
import { StroomopMonitorView as MonitorViewElement } from '../components/monitor-view/monitor-view.js';

/** The events every element fires. */
const commonEvents = {
  onStroomopLoad: 'stroomop-load' as EventName<StroomopLoadEvent>,
  onStroomopError: 'stroomop-error' as EventName<StroomopErrorEvent>,
};

/** `<stroomop-indicator-chart>`: an indicator over time for one or more areas, with its table and summary. */
export const StroomopIndicatorChart = createComponent({
  react: React,
  tagName: 'stroomop-indicator-chart',
  elementClass: IndicatorChartElement,
  displayName: 'StroomopIndicatorChart',
  events: {
    ...commonEvents,
    onStroomopPointFocus: 'stroomop-point-focus' as EventName<StroomopPointFocusEvent>,
  },
});

/** `<stroomop-interpretation-note>`: the expert council's interpretation of an indicator. */
export const StroomopInterpretationNote = createComponent({
  react: React,
  tagName: 'stroomop-interpretation-note',
  elementClass: InterpretationNoteElement,
  displayName: 'StroomopInterpretationNote',
  events: commonEvents,
});

/** `<stroomop-spotlight>`: the theme of the month. */
export const StroomopSpotlight = createComponent({
  react: React,
  tagName: 'stroomop-spotlight',
  elementClass: SpotlightElement,
  displayName: 'StroomopSpotlight',
  events: {
    ...commonEvents,
    onStroomopMonthChange: 'stroomop-month-change' as EventName<StroomopMonthChangeEvent>,
  },
});

/** `<stroomop-quote-stream>`: panel reactions as a list or a pausable rotation. */
export const StroomopQuoteStream = createComponent({
  react: React,
  tagName: 'stroomop-quote-stream',
  elementClass: QuoteStreamElement,
  displayName: 'StroomopQuoteStream',
  events: {
    ...commonEvents,
    onStroomopQuoteChange: 'stroomop-quote-change' as EventName<StroomopQuoteChangeEvent>,
  },
});

/** `<stroomop-narrative-panel>`: video stories with transcripts; YouTube and Vimeo load only after consent. */
export const StroomopNarrativePanel = createComponent({
  react: React,
  tagName: 'stroomop-narrative-panel',
  elementClass: NarrativePanelElement,
  displayName: 'StroomopNarrativePanel',
  events: {
    ...commonEvents,
    onStroomopConsent: 'stroomop-consent' as EventName<StroomopConsentEvent>,
  },
});

/** `<stroomop-monitor-view>`: a whole monitor view for any area, from a view definition. */
export const StroomopMonitorView = createComponent({
  react: React,
  tagName: 'stroomop-monitor-view',
  elementClass: MonitorViewElement,
  displayName: 'StroomopMonitorView',
  events: commonEvents,
});

export type { StroomopErrorEvent, StroomopLoadEvent, StroomopPointFocusEvent, StroomopMonthChangeEvent, StroomopQuoteChangeEvent, StroomopConsentEvent };
