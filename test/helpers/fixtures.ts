/** Small documents for tests, built in code so each test shows what it varies. */
import type { MonitorDocument, Observation } from '../../src/format/types.generated.js';

export function minimalDocument(overrides: Partial<MonitorDocument> = {}): MonitorDocument {
  return {
    formatVersion: '1.0',
    meta: {
      title: 'Testmonitor',
      publisher: { name: 'Test' },
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
    indicators: [
      {
        id: 'uitval',
        title: { nl: 'Uitval', en: 'Dropout' },
        unit: 'percent',
        decimals: 1,
        polarity: 'lower-is-better',
        outcomeKey: 'uitval',
        topics: ['matching'],
        sources: [{ producer: 'provider', name: 'Jeugdhulpaanbieders', published: '2025-05-01' }],
      },
    ],
    observations: [],
    ...overrides,
  };
}

export function observation(overrides: Partial<Observation> & Pick<Observation, 'period'>): Observation {
  return { indicator: 'uitval', area: 'GM0344', value: 12.3, status: 'final', n: 200, ...overrides };
}
