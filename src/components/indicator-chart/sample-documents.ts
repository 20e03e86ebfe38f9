/**
 * Monitor documents built in code for the indicator chart's tests and
 * stories: each builder shows the one state it is about. Not part of the
 * element's bundle (nothing in the element imports this file).
 */
import type { MonitorDocument, Observation, PanelStatement } from '../../format/types.generated.js';

type ObservationInput = Partial<Observation> & Pick<Observation, 'period'>;

export function observationOf(input: ObservationInput): Observation {
  return { indicator: 'uitval', area: 'GM0344', value: 12.3, status: 'final', n: 200, ...input };
}

/** A national, regional and municipal area, one indicator (uitval, percent), no observations. */
export function baseDocument(overrides: Partial<MonitorDocument> = {}): MonitorDocument {
  return {
    formatVersion: '1.0',
    meta: {
      title: 'Testmonitor',
      publisher: { name: 'StroomOP' },
      published: '2025-06-01',
      language: 'nl',
      license: 'CC-BY-4.0',
      audience: 'public',
      area: 'GM0344',
      illustrative: true,
    },
    topics: [{ id: 'matching', name: { nl: 'Matching en plaatsing', en: 'Matching and placement' } }],
    areas: [
      { code: 'NL01', name: 'Nederland', level: 'national', cbsCode: 'NL01' },
      { code: 'JR-UTR', name: 'Jeugdregio Utrecht Stad', level: 'youth-care-region', parent: 'NL01' },
      { code: 'GM0344', name: 'Utrecht', level: 'municipality', parent: 'JR-UTR', cbsCode: 'GM0344' },
    ],
    breakdowns: [
      {
        id: 'age',
        name: { nl: 'Leeftijd', en: 'Age' },
        categories: [
          { id: '0-11', name: { nl: '0 tot 12 jaar', en: '0 to 11 years' } },
          { id: '12-17', name: { nl: '12 tot 18 jaar', en: '12 to 17 years' } },
        ],
      },
    ],
    indicators: [
      {
        id: 'uitval',
        title: { nl: 'Uitval uit jeugdhulp', en: 'Dropout from youth care' },
        unit: 'percent',
        decimals: 1,
        polarity: 'lower-is-better',
        outcomeKey: 'uitval',
        topics: ['matching'],
        sources: [{ producer: 'provider', name: 'Jeugdhulpaanbieders', url: 'https://example.org/bron', published: '2025-05-01' }],
      },
    ],
    observations: [],
    ...overrides,
  };
}

const YEARS = ['2019', '2020', '2021', '2022', '2023', '2024'];

/** One area, six years, final values. */
export function oneAreaDocument(): MonitorDocument {
  return baseDocument({ observations: YEARS.map((period, index) => observationOf({ period, value: 14 - index * 0.5 })) });
}

/** The municipality, its region and the nation. */
export function threeAreasDocument(): MonitorDocument {
  return baseDocument({
    observations: YEARS.flatMap((period, index) => [
      observationOf({ period, value: 14 - index * 0.5, n: 400 }),
      observationOf({ period, area: 'JR-UTR', value: 12.5 - index * 0.2, n: 1500 }),
      observationOf({ period, area: 'NL01', value: 11 + index * 0.1, n: 40_000 }),
    ]),
  });
}

/** Intervals on every value. */
export function bandDocument(): MonitorDocument {
  return baseDocument({
    observations: YEARS.flatMap((period, index) => [
      observationOf({ period, value: 14 - index * 0.5, ci: { lower: 12.4 - index * 0.5, upper: 15.6 - index * 0.5, level: 0.95 } }),
      observationOf({ period, area: 'NL01', value: 11.5, n: 40_000, ci: { lower: 11.2, upper: 11.8, level: 0.95 } }),
    ]),
  });
}

/** The last period is provisional. */
export function provisionalDocument(): MonitorDocument {
  return baseDocument({
    observations: YEARS.flatMap((period, index) => [
      observationOf({ period, value: 14 - index * 0.5, ...(period === '2024' ? { status: 'provisional' as const, statusReason: 'nog niet alle aanbieders geleverd' } : {}) }),
      observationOf({ period, area: 'NL01', value: 11 + index * 0.1, n: 40_000, ...(period === '2024' ? { status: 'provisional' as const } : {}) }),
    ]),
  });
}

/** 2021 is suppressed (fewer than 10), 2022 is missing: gaps with their reasons. */
export function suppressedDocument(): MonitorDocument {
  return baseDocument({
    observations: YEARS.map((period, index) => {
      if (period === '2021') return observationOf({ period, value: null, n: 6, status: 'suppressed', statusReason: 'minder dan 10 jongeren' });
      if (period === '2022') return observationOf({ period, value: null, status: 'missing', statusReason: { nl: 'niet aangeleverd', en: 'not delivered' } });
      return observationOf({ period, value: 14 - index * 0.5 });
    }),
  });
}

/** The series breaks before 2022 (a new definition). */
export function breakDocument(): MonitorDocument {
  return baseDocument({
    observations: YEARS.flatMap((period, index) => [
      observationOf({ period, value: (index >= 3 ? 10 : 14) - index * 0.3, ...(period === '2022' ? { seriesBreak: { nl: 'nieuwe definitie van uitval', en: 'new definition of dropout' } } : {}) }),
      observationOf({ period, area: 'NL01', value: (index >= 3 ? 9 : 12) + index * 0.1, n: 40_000, ...(period === '2022' ? { seriesBreak: true } : {}) }),
    ]),
  });
}

/** One period for three areas: bars. */
export function onePeriodDocument(): MonitorDocument {
  return baseDocument({
    observations: [
      observationOf({ period: '2024-H1', value: 12.3, n: 240, status: 'provisional', ci: { lower: 10.1, upper: 14.6 } }),
      observationOf({ period: '2024-H1', area: 'JR-UTR', value: 11.1, n: 1500, ci: { lower: 10.2, upper: 12.0 } }),
      observationOf({ period: '2024-H1', area: 'NL01', value: 10.4, n: 40_000, ci: { lower: 10.2, upper: 10.6 } }),
    ],
  });
}

export function panelStatement(overrides: Partial<PanelStatement> = {}): PanelStatement {
  return {
    id: 'gehoord',
    statement: { nl: 'Ik voel me gehoord door mijn hulpverlener', en: 'I feel heard by my care worker' },
    topic: 'matching',
    period: '2024-H2',
    indicator: 'tevredenheid',
    categories: [
      { id: 'zeer-oneens', label: { nl: 'helemaal oneens', en: 'strongly disagree' } },
      { id: 'oneens', label: { nl: 'oneens', en: 'disagree' } },
      { id: 'neutraal', label: { nl: 'neutraal', en: 'neutral' } },
      { id: 'eens', label: { nl: 'eens', en: 'agree' } },
      { id: 'zeer-eens', label: { nl: 'helemaal eens', en: 'strongly agree' } },
    ],
    neutral: 'neutraal',
    responses: [
      { role: 'youth', counts: { 'zeer-oneens': 8, oneens: 14, neutraal: 22, eens: 46, 'zeer-eens': 30 }, n: 120, responseRate: 0.38 },
      { role: 'parent', counts: { 'zeer-oneens': 5, oneens: 10, neutraal: 15, eens: 40, 'zeer-eens': 20 }, n: 90, responseRate: 0.31 },
      { role: 'professional', counts: { 'zeer-oneens': 2, oneens: 6, neutraal: 12, eens: 30, 'zeer-eens': 10 }, n: 60, responseRate: 0.55 },
    ],
    ...overrides,
  };
}

/** An indicator of unit distribution with one panel statement. */
export function statementDocument(): MonitorDocument {
  const document = baseDocument();
  return {
    ...document,
    indicators: [
      ...document.indicators!,
      {
        id: 'tevredenheid',
        title: { nl: 'Tevredenheid over de hulp', en: 'Satisfaction with care' },
        unit: 'distribution',
        decimals: 0,
        polarity: 'higher-is-better',
        outcomeKey: 'tevredenheid',
        sources: [{ producer: 'panel', name: 'StroomOP-panel', published: '2025-01-15' }],
      },
    ],
    panelStatements: [panelStatement()],
  };
}

/** Observations by age group, and the totals. */
export function breakdownDocument(): MonitorDocument {
  return baseDocument({
    observations: YEARS.flatMap((period, index) => [
      observationOf({ period, value: 14 - index * 0.5 }),
      observationOf({ period, value: 10 - index * 0.3, breakdown: { age: '0-11' } }),
      observationOf({ period, value: 17 - index * 0.6, breakdown: { age: '12-17' } }),
      observationOf({ period, area: 'NL01', value: 15 - index * 0.2, n: 20_000, breakdown: { age: '12-17' } }),
    ]),
  });
}

/** `count` daily values per series for `areas`, with a dip and a peak to keep. */
export function longSeriesDocument(count: number, areas: string[] = ['GM0344', 'JR-UTR', 'NL01']): MonitorDocument {
  const start = Date.UTC(2000, 0, 1);
  const observations: Observation[] = [];
  areas.forEach((area, areaIndex) => {
    for (let index = 0; index < count; index += 1) {
      const period = new Date(start + index * 86_400_000).toISOString().slice(0, 10);
      let value = 20 + areaIndex * 5 + 5 * Math.sin(index / 90) + ((index * 7919) % 13) / 10;
      if (index === Math.floor(count / 3)) value = 2; // a dip
      if (index === Math.floor((2 * count) / 3)) value = 60; // a peak
      observations.push({ indicator: 'uitval', area, period, value: Math.round(value * 10) / 10, status: 'final', n: 500 });
    }
  });
  return baseDocument({ observations });
}

/** A document whose interpretation of uitval is in it. */
export function withInterpretation(document: MonitorDocument): MonitorDocument {
  return {
    ...document,
    interpretations: [
      {
        id: 'duiding-uitval',
        indicator: 'uitval',
        title: { nl: 'Minder uitval na betere matching', en: 'Less dropout after better matching' },
        body: ['De uitval daalt sinds 2020.'],
        authors: ['Regioteam Utrecht'],
        date: '2025-05-20',
      },
    ],
  };
}
