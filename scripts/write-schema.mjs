// Authoring source of the monitor-document JSON Schema. Run: node scripts/write-schema.mjs
// Kept as JS so repeated shapes are written once; the committed schema/*.json is the contract.
import { writeFileSync } from 'node:fs';

const id = { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]*$', description: 'Identifier: letters, digits, dot, colon, underscore or hyphen.' };
const ref = (name) => ({ $ref: `#/$defs/${name}` });
const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Calendar date, YYYY-MM-DD.' };
// Every URL field refers to $defs/Url. The validator checks it with the URL gate (src/format/url.ts), which resolves the
// URL as a browser does; the pattern is the same rule as near as a pattern gets, for editors and other validators.
const urlDef = {
  type: 'string',
  pattern: '^(?=[^\\s\\u0000-\\u001f\\u007f]+$)([Hh][Tt][Tt][Pp][Ss]?:|[Mm][Aa][Ii][Ll][Tt][Oo]:|(?![A-Za-z][A-Za-z0-9+.-]*:))',
  description: 'An https:, http: or mailto: URL, or a URL relative to the document (media/poster.svg, ./a.json, /data/b.json) that resolves to one. No spaces or control characters (write %20). Other schemes (javascript:, data:, vbscript:) are refused: the link or medium is left out with a warning, the rest is shown.',
};
const url = { $ref: '#/$defs/Url' };
const obj = (properties, required = [], description) => ({
  type: 'object',
  ...(description ? { description } : {}),
  properties,
  required,
  additionalProperties: false,
});
const list = (items, description) => ({ type: 'array', items, ...(description ? { description } : {}) });

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://stroomop-monitor.nl/schema/monitor-document-1.json',
  title: 'StroomOP monitor document',
  description: 'One publication of the StroomOP Monitor: indicators and their observations, panel statements, the interpretation (duiding) of the figures, quotes, spotlights and narratives. Format version 1.',
  ...obj(
    {
      $schema: { type: 'string', description: 'Where an editor finds this schema.' },
      formatVersion: { type: 'string', pattern: '^1\\.\\d+$', description: 'Format version, major.minor. This schema describes major version 1.' },
      meta: ref('Meta'),
      topics: list(ref('Topic'), 'Speerpunten: the subjects indicators, quotes, spotlights and narratives belong to.'),
      areas: list(ref('Area'), 'Areas the figures are about: the nation, provinces, youth-care regions, municipalities, organisations and teams.'),
      breakdowns: list(ref('Breakdown'), 'Dimensions an observation can be broken down by (age group, gender, care type).'),
      indicators: list(ref('Indicator')),
      observations: list(ref('Observation')),
      panelStatements: list(ref('PanelStatement')),
      interpretations: list(ref('Interpretation')),
      quotes: list(ref('Quote')),
      spotlights: list(ref('Spotlight')),
      narratives: list(ref('Narrative')),
    },
    ['formatVersion', 'meta'],
  ),
  $defs: {
    Url: urlDef,
    Text: {
      description: 'Text in Dutch, optionally with an English translation. A plain string is Dutch.',
      anyOf: [{ type: 'string', minLength: 1 }, obj({ nl: { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 } }, ['nl'])],
    },
    Paragraphs: {
      description: 'Plain-text paragraphs (never HTML), in Dutch, optionally with English. A plain array is Dutch.',
      anyOf: [
        list({ type: 'string', minLength: 1 }),
        obj({ nl: list({ type: 'string', minLength: 1 }), en: list({ type: 'string', minLength: 1 }) }, ['nl']),
      ],
    },
    Audience: {
      type: 'string',
      enum: ['public', 'network', 'internal'],
      description: 'Who may see this: public (anyone), network (the organisations in the monitor), internal (the publishing organisation only). An item without audience has the audience of its document.',
    },
    Period: {
      type: 'string',
      pattern: '^\\d{4}(-(H[12]|Q[1-4]|(0[1-9]|1[0-2])|W(0[1-9]|[1-4]\\d|5[0-3])|(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])))?$',
      description: 'A year (2024), half year (2024-H1), quarter (2024-Q2), month (2024-11), ISO week (2024-W05) or day (2024-11-03).',
    },
    Role: { type: 'string', enum: ['youth', 'parent', 'professional'], description: 'Respondent role in the panel.' },
    PerspectiveRole: { type: 'string', enum: ['youth', 'parent', 'professional', 'researcher', 'policy'] },
    Meta: obj(
      {
        title: ref('Text'),
        description: ref('Text'),
        publisher: obj({ name: { type: 'string', minLength: 1 }, url }, ['name']),
        published: date,
        language: { type: 'string', enum: ['nl', 'en'], description: 'Main language of the texts.' },
        license: { type: 'string', description: 'SPDX licence id (CC-BY-4.0) or URL.' },
        audience: ref('Audience'),
        area: { ...id, description: 'Code of the area this document is about; charts show it and its parent areas by default.' },
        release: { type: 'string', description: 'Name of this data release, e.g. "2025-06".' },
        privacyThreshold: { type: 'integer', minimum: 1, default: 10, description: 'Minimum n for a value to be shown. Default 10.' },
        illustrative: { type: 'boolean', description: 'True when the figures are made up for demonstration.' },
        contact: { type: 'string' },
      },
      ['title', 'publisher', 'published', 'language', 'license', 'audience'],
    ),
    Topic: obj({ id, name: ref('Text'), description: ref('Text') }, ['id', 'name']),
    Area: obj(
      {
        code: { ...id, description: 'Unique code; the CBS code where one exists (NL01, GM0344).' },
        name: { type: 'string', minLength: 1 },
        level: { type: 'string', enum: ['national', 'province', 'youth-care-region', 'municipality', 'organisation', 'team'] },
        parent: { ...id, description: 'Code of the parent area (a municipality\'s youth-care region, a team\'s organisation).' },
        cbsCode: { type: 'string', pattern: '^(NL\\d{2}|PV\\d{2}|GM\\d{4}|JZ\\d{2}|[A-Z]{2}\\d{2,4})$' },
      },
      ['code', 'name', 'level'],
    ),
    Breakdown: obj(
      {
        id,
        name: ref('Text'),
        categories: list(obj({ id, name: ref('Text') }, ['id', 'name'])),
      },
      ['id', 'name', 'categories'],
    ),
    Source: obj(
      {
        producer: { type: 'string', enum: ['cbs', 'provider', 'panel', 'other'] },
        name: { type: 'string', minLength: 1, description: 'Who produced it, e.g. "CBS" or a provider\'s name.' },
        dataset: { type: 'string', description: 'Dataset id, e.g. a StatLine table id.' },
        published: date,
        retrieved: date,
        license: { type: 'string' },
        url,
        method: ref('Text'),
      },
      ['producer', 'name'],
    ),
    Indicator: obj(
      {
        id,
        title: ref('Text'),
        description: ref('Text'),
        unit: { type: 'string', enum: ['percent', 'count', 'rate-per-1000', 'mean-score', 'distribution'] },
        scale: obj({ min: { type: 'number' }, max: { type: 'number' } }, ['min', 'max'], 'Range of a mean score, e.g. 1 to 10.'),
        decimals: { type: 'integer', minimum: 0, maximum: 4, description: 'Decimals to display; values stay unrounded.' },
        polarity: { type: 'string', enum: ['higher-is-better', 'lower-is-better', 'neutral'], description: 'Said in words only, never as a red/green ranking.' },
        outcomeKey: {
          type: 'string',
          enum: ['uitval', 'tevredenheid', 'doelrealisatie-3.1', 'doelrealisatie-3.2', 'doelrealisatie-3.3', 'doelrealisatie-3.4'],
          description: 'Key in the harmonised outcome set where it applies.',
        },
        topics: list(id),
        sources: list(ref('Source')),
        nextUpdate: { anyOf: [date, ref('Period')], description: 'When newer figures are expected.' },
        summary: ref('Text'),
        audience: ref('Audience'),
      },
      ['id', 'title', 'unit', 'decimals', 'polarity', 'sources'],
    ),
    Observation: obj(
      {
        indicator: id,
        area: id,
        period: ref('Period'),
        value: { type: ['number', 'null'] },
        n: { type: 'integer', minimum: 0 },
        numerator: { type: 'number', minimum: 0 },
        denominator: { type: 'number', minimum: 0 },
        ci: obj({ lower: { type: 'number' }, upper: { type: 'number' }, level: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 } }, ['lower', 'upper']),
        status: { type: 'string', enum: ['final', 'provisional', 'revised', 'estimated', 'suppressed', 'missing', 'not-applicable'] },
        statusReason: ref('Text'),
        breakdown: { type: 'object', additionalProperties: id, description: 'Breakdown id to category id, e.g. {"age": "12-17"}.' },
        seriesBreak: { anyOf: [{ type: 'boolean' }, ref('Text')], description: 'The series breaks before this period (method change); text explains why.' },
        audience: ref('Audience'),
      },
      ['indicator', 'area', 'period', 'value', 'status'],
    ),
    PanelStatement: obj(
      {
        id,
        statement: ref('Text'),
        topic: id,
        period: ref('Period'),
        indicator: id,
        categories: list(obj({ id, label: ref('Text') }, ['id', 'label']), 'Answer categories in order, from most negative to most positive.'),
        neutral: { ...id, description: 'Id of the middle category, if any; diverging bars centre on it.' },
        responses: list(
          obj(
            {
              role: ref('Role'),
              counts: { type: 'object', additionalProperties: { type: 'integer', minimum: 0 }, description: 'Category id to number of answers.' },
              n: { type: 'integer', minimum: 0 },
              responseRate: { type: 'number', minimum: 0, maximum: 1 },
            },
            ['role', 'counts', 'n'],
          ),
        ),
        audience: ref('Audience'),
      },
      ['id', 'statement', 'topic', 'period', 'categories', 'responses'],
    ),
    Action: obj(
      {
        id,
        text: ref('Text'),
        status: { type: 'string', enum: ['planned', 'in-progress', 'done', 'stalled', 'stopped'] },
        expected: { anyOf: [date, ref('Period')] },
        owner: { type: 'string' },
        note: ref('Text'),
      },
      ['text', 'status'],
    ),
    Interpretation: obj(
      {
        id,
        indicator: id,
        area: id,
        periods: list(ref('Period'), 'Periods the interpretation is about.'),
        title: ref('Text'),
        body: ref('Paragraphs'),
        authors: list({ type: 'string', minLength: 1 }),
        date,
        writtenFor: obj(
          { release: { type: 'string' }, latestPeriod: ref('Period') },
          ['latestPeriod'],
          'The data release the note was written for; the newest period it had.',
        ),
        perspectives: list(obj({ role: ref('PerspectiveRole'), text: ref('Text') }, ['role', 'text'])),
        questions: list(ref('Text')),
        actions: list(ref('Action')),
        audience: ref('Audience'),
      },
      ['id', 'indicator', 'title', 'body', 'authors', 'date'],
    ),
    Quote: obj(
      {
        id,
        text: ref('Text'),
        role: ref('Role'),
        topic: id,
        date,
        indicator: id,
        audience: ref('Audience'),
      },
      ['id', 'text', 'role', 'date'],
      'A panel member\'s reaction. Never names or other personal data.',
    ),
    Resource: obj(
      {
        kind: { type: 'string', enum: ['podcast', 'talk', 'publication', 'video', 'event'] },
        title: ref('Text'),
        url,
        duration: { type: 'string', pattern: '^PT(\\d+H)?(\\d+M)?(\\d+S)?$', description: 'ISO 8601 duration, e.g. PT25M.' },
        date,
        publisher: { type: 'string' },
        description: ref('Text'),
      },
      ['kind', 'title', 'url'],
    ),
    Spotlight: obj(
      {
        id,
        month: { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$' },
        topic: id,
        title: ref('Text'),
        summary: ref('Paragraphs'),
        insights: list(ref('Text'), 'New insights from the panel.'),
        indicators: list(id),
        resources: list(ref('Resource')),
        audience: ref('Audience'),
      },
      ['id', 'month', 'topic', 'title', 'summary'],
    ),
    Narrative: obj(
      {
        id,
        title: ref('Text'),
        role: ref('Role'),
        topic: id,
        indicators: list(id),
        video: {
          oneOf: [
            obj(
              {
                kind: { const: 'file' },
                src: url,
                type: { type: 'string' },
                captions: { ...list(obj({ src: url, lang: { type: 'string' }, label: { type: 'string' } }, ['src', 'lang', 'label']), 'WebVTT caption tracks; at least one.'), minItems: 1 },
              },
              ['kind', 'src', 'captions'],
            ),
            obj({ kind: { enum: ['youtube', 'vimeo'] }, id: { type: 'string', pattern: '^[A-Za-z0-9_-]+$' } }, ['kind', 'id']),
          ],
        },
        poster: url,
        posterAlt: ref('Text'),
        duration: { type: 'string', pattern: '^PT(\\d+H)?(\\d+M)?(\\d+S)?$' },
        transcript: ref('Paragraphs'),
        date,
        audience: ref('Audience'),
      },
      ['id', 'title', 'role', 'video', 'poster', 'transcript'],
    ),
  },
};

writeFileSync(new URL('../schema/monitor-document.schema.json', import.meta.url), JSON.stringify(schema, null, 2) + '\n');

// The view definition: which sections a <stroomop-monitor-view> shows, and which documents it reads.
const text = { $ref: '#/$defs/Text' };
const section = (type, properties, required = [], description) => obj({ type: { const: type }, title: text, ...properties }, ['type', ...required], description);
const viewSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://stroomop-monitor.nl/schema/monitor-view-1.json',
  title: 'StroomOP monitor view',
  description: 'One monitor view: its sections (indicator charts with their interpretation, a spotlight, quotes, narratives) and the documents it reads. The same view serves any area.',
  ...obj(
    {
      $schema: { type: 'string' },
      viewVersion: { type: 'string', pattern: '^1\\.\\d+$', description: 'View format version, major.minor.' },
      id,
      title: text,
      intro: { $ref: '#/$defs/Paragraphs' },
      sources: { ...list(url, 'Monitor documents to read, relative to this file. The element\'s src attribute overrides them.'), minItems: 1 },
      area: { ...id, description: 'Default area; the element\'s area attribute overrides it.' },
      audience: { type: 'string', enum: ['public', 'network', 'internal'] },
      sections: { ...list({ $ref: '#/$defs/Section' }), minItems: 1 },
    },
    ['viewVersion', 'id', 'title', 'sections'],
  ),
  $defs: {
    Url: urlDef,
    Text: schema.$defs.Text,
    Paragraphs: schema.$defs.Paragraphs,
    Section: {
      oneOf: [
        section(
          'indicator',
          {
            indicator: id,
            chartType: { type: 'string', enum: ['auto', 'line', 'bar', 'distribution'] },
            periods: { type: 'string', description: 'A period range such as 2019..2024.' },
            breakdown: { type: 'string' },
            note: { type: 'boolean', description: 'Show the interpretation note beside the chart (default true).' },
            wide: { type: 'boolean', description: 'Span the whole width of the grid.' },
          },
          ['indicator'],
          'An indicator chart, with its interpretation note beside it.',
        ),
        section('interpretation', { indicator: id, note: id }, [], 'An interpretation note on its own.'),
        section('spotlight', { month: { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$' } }, [], 'The theme of the month.'),
        section(
          'quotes',
          {
            topic: id,
            roles: list({ type: 'string', enum: ['youth', 'parent', 'professional'] }),
            limit: { type: 'integer', minimum: 1 },
            autoplay: { type: 'boolean' },
          },
          [],
          'A stream of panel reactions.',
        ),
        section('narratives', { topic: id, indicator: id, narrative: id }, [], 'Video stories.'),
      ],
    },
  },
};
writeFileSync(new URL('../schema/monitor-view.schema.json', import.meta.url), JSON.stringify(viewSchema, null, 2) + '\n');
