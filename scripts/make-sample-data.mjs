#!/usr/bin/env node
// Writes the sample monitor documents in examples/data/: a national document, a
// youth-care region's document and a (fictional) care provider's own document,
// with their media (WebVTT captions, SVG posters) and one broken document per
// kind of error in examples/data/invalid/.
//
// All figures are made up ("voorbeeldgegevens", meta.illustrative: true): a
// seeded pseudo-random walk around plausible levels, rounded the way the
// sources round. The one published fact used is CBS's: 474 thousand youths
// under 23 received youth care in 2023, 10.6%.
//
// Deterministic: every run writes the same bytes (test/node/sample-data.test.ts
// checks this). Usage:
//   npm run sample-data                                  writes examples/data/
//   node scripts/make-sample-data.mjs --out DIR          writes DIR/ instead (also: STROOMOP_SAMPLE_OUT=DIR)
//   node scripts/make-sample-data.mjs --video            also renders media/verhaal-jongere.webm with ffmpeg
// The video is not rewritten by default: it is a binary made once
// (a silent 24-second test clip, Debian's ffmpeg) and committed.
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outArg = args.indexOf('--out');
const outDir = outArg >= 0 ? args[outArg + 1] : process.env.STROOMOP_SAMPLE_OUT || join(root, 'examples', 'data');
if (!outDir) throw new Error('--out needs a directory');

// ---------------------------------------------------------------------------
// Seeded randomness: one stream per series, so adding a series never changes another.

function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
function random(key) {
  let seed = hash(`stroomop-sample-2026:${key}`);
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function normal(next) {
  const u = Math.max(next(), 1e-12);
  const v = next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
/** A random walk: start, then each step adds drift and noise; clamped to [min, max]. */
function walk(key, steps, { start, drift = 0, sd = 1, min = -Infinity, max = Infinity }) {
  const next = random(key);
  const values = [];
  let level = start;
  for (let i = 0; i < steps; i += 1) {
    if (i > 0) level += drift + sd * normal(next);
    level = Math.min(max, Math.max(min, level));
    values.push(level);
  }
  return values;
}
const round = (value, decimals = 0) => {
  const factor = 10 ** decimals;
  return Math.round(value * factor + Number.EPSILON * Math.sign(value)) / factor;
};
const roundTo = (value, step) => Math.round(value / step) * step;
const floorTo = (value, decimals) => Math.floor(value * 10 ** decimals + 1e-9) / 10 ** decimals;
const ceilTo = (value, decimals) => Math.ceil(value * 10 ** decimals - 1e-9) / 10 ** decimals;

const Z95 = 1.959964;
/** Wilson 95% interval of a proportion, in percent, widened outward to 2 decimals. */
function wilson(x, n) {
  const p = x / n;
  const z2 = Z95 * Z95;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return { lower: floorTo((centre - half) * 100, 2), upper: ceilTo((centre + half) * 100, 2), level: 0.95 };
}

/** The texts say things about the figures; stop when a figure no longer supports what its text says. */
function claim(condition, text) {
  if (!condition) throw new Error(`A sample text no longer matches its figures: ${text}`);
}
const inside = (observation, number) => observation.ci.lower <= number && number <= observation.ci.upper;
const apart = (a, b) => a.ci.lower > b.ci.upper || b.ci.lower > a.ci.upper;

const nlNumber = (value, decimals = 1) => new Intl.NumberFormat('nl-NL', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
const enNumber = (value, decimals = 1) => new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);

const range = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const YEARS = range(2018, 2024).map(String);
const LOCAL_YEARS = range(2020, 2024).map(String);
const HALVES = ['2022-H1', '2022-H2', '2023-H1', '2023-H2', '2024-H1', '2024-H2'];
const LATEST = '2024';
const isProvisional = (period) => period.startsWith(LATEST);

// ---------------------------------------------------------------------------
// Shared vocabulary.

const SCHEMA_FROM_DATA = '../../schema/monitor-document.schema.json';
const SCHEMA_FROM_INVALID = '../../../schema/monitor-document.schema.json';
const FORMAT_VERSION = '1.0';

const topics = [
  {
    id: 'gedwongen-afzonderen',
    name: { nl: 'Gedwongen afzonderen', en: 'Seclusion' },
    description: {
      nl: 'Jongeren in de gesloten jeugdhulp zo min mogelijk, en liefst nooit, tegen hun wil apart zetten in een aparte ruimte.',
      en: 'Placing young people in closed youth care in a separate room against their will as little as possible, preferably never.',
    },
  },
  {
    id: 'individueel-maatwerk',
    name: { nl: 'Individueel maatwerk', en: 'Tailored care' },
    description: {
      nl: 'Hulp die past bij wat deze jongere en dit gezin nodig hebben, ook als dat buiten de bestaande producten en contracten valt.',
      en: 'Help that fits what this young person and this family need, even when that falls outside existing products and contracts.',
    },
  },
  {
    id: 'matching-en-plaatsing',
    name: { nl: 'Matching en plaatsing', en: 'Matching and placement' },
    description: {
      nl: 'De juiste hulp en de juiste plek, de eerste keer: zonder lange wachttijden en zonder steeds weer overplaatsen.',
      en: 'The right help and the right place the first time: without long waits and without being moved again and again.',
    },
  },
  {
    id: 'suicidepreventie',
    name: { nl: 'Suïcidepreventie', en: 'Suicide prevention' },
    description: {
      nl: 'Signalen van suïcidaliteit bij jongeren op tijd herkennen, erover praten en samen een veiligheidsplan maken.',
      en: 'Recognising signs of suicidality in young people in time, talking about it and making a safety plan together.',
    },
  },
];

const breakdowns = [
  {
    id: 'leeftijd',
    name: { nl: 'Leeftijd', en: 'Age group' },
    categories: [
      { id: '0-11', name: { nl: '0 tot 12 jaar', en: '0 to 11 years' } },
      { id: '12-17', name: { nl: '12 tot 18 jaar', en: '12 to 17 years' } },
      { id: '18-22', name: { nl: '18 tot 23 jaar', en: '18 to 22 years' } },
    ],
  },
  {
    id: 'geslacht',
    name: { nl: 'Geslacht', en: 'Gender' },
    categories: [
      { id: 'jongen', name: { nl: 'Jongens', en: 'Boys' } },
      { id: 'meisje', name: { nl: 'Meisjes', en: 'Girls' } },
    ],
  },
  {
    id: 'zorgvorm',
    name: { nl: 'Zorgvorm', en: 'Type of care' },
    categories: [
      { id: 'zonder-verblijf', name: { nl: 'Jeugdhulp zonder verblijf', en: 'Youth care without residence' } },
      { id: 'met-verblijf', name: { nl: 'Jeugdhulp met verblijf', en: 'Residential youth care' } },
    ],
  },
];

// Areas. Municipality codes are CBS's (GM + four digits). The youth-care
// region codes follow CBS's JZ pattern, but their numbers are illustrative,
// so they carry no cbsCode.
const NATIONAL = { code: 'NL01', name: 'Nederland', level: 'national', cbsCode: 'NL01' };
const provinces = [
  { code: 'PV26', name: 'Utrecht (provincie)', level: 'province', parent: 'NL01', cbsCode: 'PV26' },
  { code: 'PV27', name: 'Noord-Holland', level: 'province', parent: 'NL01', cbsCode: 'PV27' },
  { code: 'PV28', name: 'Zuid-Holland', level: 'province', parent: 'NL01', cbsCode: 'PV28' },
];
const regions = [
  { code: 'JZ17', name: 'Regio Amersfoort', level: 'youth-care-region', parent: 'NL01' },
  { code: 'JZ18', name: 'Utrecht Stad', level: 'youth-care-region', parent: 'NL01' },
  { code: 'JZ19', name: 'Zuidoost Utrecht', level: 'youth-care-region', parent: 'NL01' },
  { code: 'JZ26', name: 'Amsterdam-Amstelland', level: 'youth-care-region', parent: 'NL01' },
  { code: 'JZ34', name: 'Rijnmond', level: 'youth-care-region', parent: 'NL01' },
];
const municipalities = [
  { code: 'GM0344', name: 'Utrecht', level: 'municipality', parent: 'JZ18', cbsCode: 'GM0344' },
  { code: 'GM0307', name: 'Amersfoort', level: 'municipality', parent: 'JZ17', cbsCode: 'GM0307' },
  { code: 'GM0355', name: 'Zeist', level: 'municipality', parent: 'JZ19', cbsCode: 'GM0355' },
  { code: 'GM0363', name: 'Amsterdam', level: 'municipality', parent: 'JZ26', cbsCode: 'GM0363' },
  { code: 'GM0599', name: 'Rotterdam', level: 'municipality', parent: 'JZ34', cbsCode: 'GM0599' },
];
// The region's own document adds the other municipalities of Zuidoost Utrecht.
const regionalMunicipalities = [
  { code: 'GM0312', name: 'Bunnik', level: 'municipality', parent: 'JZ19', cbsCode: 'GM0312' },
  { code: 'GM0310', name: 'De Bilt', level: 'municipality', parent: 'JZ19', cbsCode: 'GM0310' },
  { code: 'GM1581', name: 'Utrechtse Heuvelrug', level: 'municipality', parent: 'JZ19', cbsCode: 'GM1581' },
  { code: 'GM0352', name: 'Wijk bij Duurstede', level: 'municipality', parent: 'JZ19', cbsCode: 'GM0352' },
];
const ORG = 'dekompas';
const orgAreas = [
  { code: ORG, name: 'Jeugdhulp De Kompas (fictief)', level: 'organisation', parent: 'JZ19' },
  { code: 'dekompas-ambulant', name: 'Team Ambulant Zeist', level: 'team', parent: ORG },
  { code: 'dekompas-gezin', name: 'Team Gezinsbehandeling De Bilt', level: 'team', parent: ORG },
  { code: 'dekompas-16plus', name: 'Team 16+ Heuvelrug', level: 'team', parent: ORG },
];

/** Youths under 23 per area in 2023, and the level of youth care (percent) around which each area walks. */
const POPULATION = {
  NL01: 4_471_700,
  PV26: 383_400,
  PV27: 741_900,
  PV28: 981_300,
  JZ17: 91_200,
  JZ18: 113_600,
  JZ19: 51_240,
  JZ26: 252_800,
  JZ34: 331_500,
  GM0344: 101_300,
  GM0307: 43_150,
  GM0355: 16_180,
  GM0363: 219_400,
  GM0599: 168_900,
  GM0312: 4_210,
  GM0310: 11_020,
  GM1581: 13_240,
  GM0352: 6_590,
};
const CARE_LEVEL = {
  PV26: 10.3,
  PV27: 10.1,
  PV28: 11.2,
  JZ17: 10.9,
  JZ18: 11.4,
  JZ19: 10.2,
  JZ26: 9.8,
  JZ34: 11.9,
  GM0344: 11.6,
  GM0307: 11.1,
  GM0355: 11.8,
  GM0363: 9.7,
  GM0599: 12.2,
  GM0312: 8.4,
  GM0310: 9.1,
  GM1581: 9.9,
  GM0352: 10.6,
};

// ---------------------------------------------------------------------------
// Indicators.

const CBS_SOURCE = {
  producer: 'cbs',
  name: 'CBS',
  dataset: '85099NED',
  published: '2026-05-28',
  retrieved: '2026-06-02',
  license: 'CC-BY-4.0',
  url: 'https://opendata.cbs.nl/statline/#/CBS/nl/dataset/85099NED/table',
  method: {
    nl: 'Jongeren tot 23 jaar met jeugdhulp in het jaar (Beleidsinformatie Jeugd), gedeeld door het aantal inwoners tot 23 jaar op 1 januari. Het landelijke cijfer van 2023 (474 duizend jongeren, 10,6%) is zoals CBS het publiceerde; de overige jaren en alle regionale cijfers in dit bestand zijn voorbeeldgegevens. Het tabelnummer is ter illustratie.',
    en: 'Young people under 23 who received youth care during the year (Beleidsinformatie Jeugd), divided by the number of residents under 23 on 1 January. The national 2023 figure (474 thousand youths, 10.6%) is as published by CBS; the other years and all regional figures in this file are sample data. The table id is illustrative.',
  },
};
const PROVIDER_SOURCE = {
  producer: 'provider',
  name: 'Jeugdhulpaanbieders in de StroomOP Monitor',
  published: '2026-06-10',
  retrieved: '2026-06-12',
  license: 'CC-BY-4.0',
  url: 'https://www.stroomop.nl/monitor/verantwoording',
};

const indicators = [
  {
    id: 'uitval',
    title: { nl: 'Uitval', en: 'Dropout' },
    description: {
      nl: 'Percentage afgesloten trajecten dat voortijdig stopte zonder dat jongere, ouders en hulpverlener dat samen zo besloten.',
      en: 'Percentage of closed care trajectories that ended early without the young person, parents and professional deciding so together.',
    },
    unit: 'percent',
    decimals: 1,
    polarity: 'lower-is-better',
    outcomeKey: 'uitval',
    topics: ['individueel-maatwerk', 'matching-en-plaatsing'],
    sources: [
      {
        ...PROVIDER_SOURCE,
        method: {
          nl: 'Geharmoniseerde outcome-indicator uitval: eenzijdig beëindigde trajecten gedeeld door alle afgesloten trajecten in de periode. Het aantal aanleverende aanbieders groeide van 31 in 2018 naar 58 in 2024.',
          en: 'Harmonised outcome indicator dropout: trajectories ended unilaterally divided by all trajectories closed in the period. The number of providers delivering data grew from 31 in 2018 to 58 in 2024.',
        },
      },
    ],
    nextUpdate: '2027-06',
  },
  {
    id: 'tevredenheid',
    title: { nl: 'Tevredenheid met het resultaat', en: 'Satisfaction with the result' },
    description: {
      nl: 'Percentage jongeren en ouders dat bij het einde van de hulp (zeer) tevreden is over wat de hulp heeft opgeleverd.',
      en: 'Percentage of young people and parents who are (very) satisfied with what the help achieved when it ends.',
    },
    unit: 'percent',
    decimals: 1,
    polarity: 'higher-is-better',
    outcomeKey: 'tevredenheid',
    topics: ['individueel-maatwerk'],
    sources: [
      {
        ...PROVIDER_SOURCE,
        method: {
          nl: 'Geharmoniseerde outcome-indicator tevredenheid met het resultaat van de hulp, gemeten met een eindvragenlijst. Sinds 2021 met een korte vragenlijst van vijf vragen (trendbreuk).',
          en: 'Harmonised outcome indicator satisfaction with the result of the help, measured with an end-of-care questionnaire. Since 2021 with a short five-question form (series break).',
        },
      },
    ],
    nextUpdate: '2027-06',
  },
  {
    id: 'doelrealisatie',
    title: { nl: 'Doelrealisatie', en: 'Goal attainment' },
    description: {
      nl: 'Percentage afgesloten trajecten waarin de afgesproken doelen volgens jongere, ouders en hulpverlener samen (grotendeels) zijn bereikt.',
      en: 'Percentage of closed trajectories in which the agreed goals were (largely) reached, as judged by the young person, parents and professional together.',
    },
    unit: 'percent',
    decimals: 1,
    polarity: 'higher-is-better',
    outcomeKey: 'doelrealisatie-3.1',
    topics: ['individueel-maatwerk'],
    sources: [
      {
        ...PROVIDER_SOURCE,
        method: {
          nl: 'Geharmoniseerde outcome-indicator doelrealisatie, variant 3.1: een gezamenlijk oordeel bij het afsluiten van de hulp.',
          en: 'Harmonised outcome indicator goal attainment, variant 3.1: a joint judgement when the help is closed.',
        },
      },
    ],
    nextUpdate: '2027-06',
  },
  {
    id: 'doelrealisatie-vragenlijst',
    title: { nl: 'Doelrealisatie (vragenlijst)', en: 'Goal attainment (questionnaire)' },
    description: {
      nl: 'Percentage trajecten met een betrouwbare verbetering op een gevalideerde vragenlijst over problemen en functioneren, bij begin en einde afgenomen.',
      en: 'Percentage of trajectories with a reliable improvement on a validated questionnaire about problems and functioning, taken at start and end.',
    },
    unit: 'percent',
    decimals: 1,
    polarity: 'higher-is-better',
    outcomeKey: 'doelrealisatie-3.2',
    topics: ['individueel-maatwerk'],
    sources: [{ ...PROVIDER_SOURCE, method: { nl: 'Variant 3.2 van de geharmoniseerde set: alleen trajecten met een voor- en nameting.', en: 'Variant 3.2 of the harmonised set: only trajectories with a measurement at start and end.' } }],
    nextUpdate: '2027-06',
  },
  {
    id: 'jeugdhulp-percentage',
    title: { nl: 'Jongeren met jeugdhulp', en: 'Young people receiving youth care' },
    description: {
      nl: 'Percentage van alle jongeren tot 23 jaar dat in het jaar jeugdhulp kreeg.',
      en: 'Percentage of all young people under 23 who received youth care during the year.',
    },
    unit: 'percent',
    decimals: 1,
    polarity: 'neutral',
    sources: [CBS_SOURCE],
    nextUpdate: '2027-05',
    // A summary written by hand for this release replaces the generated sentence.
    summary: {
      nl: 'In 2023 kregen 474 duizend jongeren tot 23 jaar jeugdhulp: 10,6% van alle jongeren in Nederland (CBS). Een hoger of lager percentage is niet vanzelf beter of slechter: lees de duiding.',
      en: 'In 2023, 474 thousand young people under 23 received youth care: 10.6% of all young people in the Netherlands (CBS). A higher or lower percentage is not better or worse in itself: read the interpretation.',
    },
  },
  {
    id: 'jeugdhulp-jongeren',
    title: { nl: 'Aantal jongeren met jeugdhulp', en: 'Number of young people receiving youth care' },
    description: {
      nl: 'Aantal jongeren tot 23 jaar dat in het jaar jeugdhulp kreeg, afgerond op tientallen (landelijk op duizendtallen).',
      en: 'Number of young people under 23 who received youth care during the year, rounded to tens (nationally to thousands).',
    },
    unit: 'count',
    decimals: 0,
    polarity: 'neutral',
    sources: [CBS_SOURCE],
    nextUpdate: '2027-05',
  },
  {
    id: 'afzonderingen',
    title: { nl: 'Gedwongen afzonderingen in de JeugdzorgPlus', en: 'Seclusions in closed youth care (JeugdzorgPlus)' },
    description: {
      nl: 'Aantal keren dat een jongere in een gesloten jeugdhulpinstelling tegen de eigen wil in een aparte ruimte werd gezet.',
      en: 'Number of times a young person in a closed youth-care institution was placed in a separate room against their will.',
    },
    unit: 'count',
    decimals: 0,
    polarity: 'lower-is-better',
    topics: ['gedwongen-afzonderen'],
    sources: [
      {
        producer: 'provider',
        name: 'Deelnemende JeugdzorgPlus-instellingen',
        published: '2026-06-10',
        license: 'CC-BY-4.0',
        method: {
          nl: 'Iedere afzondering telt, ook korte. Alle deelnemende instellingen registreren sinds 2018 op dezelfde manier.',
          en: 'Every seclusion counts, short ones too. All participating institutions have registered the same way since 2018.',
        },
      },
    ],
    nextUpdate: '2026-12',
  },
  {
    id: 'veiligheidsplan',
    title: { nl: 'Veiligheidsplan bij suïcidaliteit', en: 'Safety plan when suicidal' },
    description: {
      nl: 'Percentage jongeren bij wie suïcidale gedachten zijn besproken en die samen met de hulpverlener een veiligheidsplan hebben gemaakt.',
      en: 'Percentage of young people whose suicidal thoughts were discussed and who made a safety plan together with the professional.',
    },
    unit: 'percent',
    decimals: 1,
    polarity: 'higher-is-better',
    topics: ['suicidepreventie'],
    sources: [{ ...PROVIDER_SOURCE, method: { nl: 'Uit het dossier: een veiligheidsplan dat met de jongere is opgesteld en gedeeld met ouders of naasten als de jongere dat wil.', en: 'From the case file: a safety plan made with the young person and shared with parents or others close to them if the young person wants that.' } }],
    nextUpdate: '2027-06',
  },
  {
    id: 'rapportcijfer-samenwerking',
    title: { nl: 'Rapportcijfer samenwerking met de hulpverlener', en: 'Rating of the cooperation with the professional' },
    description: {
      nl: 'Gemiddeld rapportcijfer (1 tot 10) dat jongeren en ouders geven voor de samenwerking met hun hulpverlener.',
      en: 'Mean rating (1 to 10) that young people and parents give the cooperation with their professional.',
    },
    unit: 'mean-score',
    scale: { min: 1, max: 10 },
    decimals: 1,
    polarity: 'higher-is-better',
    topics: ['individueel-maatwerk'],
    sources: [{ ...PROVIDER_SOURCE, method: { nl: 'Eén vraag in de eindvragenlijst: "Welk cijfer geef je de samenwerking met je hulpverlener?"', en: 'One question in the end-of-care questionnaire: "What mark do you give the cooperation with your professional?"' } }],
    nextUpdate: '2027-06',
  },
  {
    id: 'ervaren-maatwerk',
    title: { nl: 'Ervaren maatwerk (panel)', en: 'Experienced tailoring (panel)' },
    description: {
      nl: 'Hoe panelleden antwoorden op stellingen over hulp die past: de verdeling van de antwoorden per rol, niet één getal.',
      en: 'How panel members answer statements about help that fits: the spread of answers per role, not a single number.',
    },
    unit: 'distribution',
    decimals: 0,
    polarity: 'neutral',
    topics: ['individueel-maatwerk'],
    sources: [
      {
        producer: 'panel',
        name: 'StroomOP-panel',
        published: '2026-10-01',
        license: 'CC-BY-4.0',
        url: 'https://www.stroomop.nl/panel',
        method: {
          nl: 'Online vragenlijst in de StroomOP-app, vier keer per jaar, onder ongeveer 500 jongeren, ouders en professionals. Het panel is geen steekproef: de antwoorden laten zien wat leeft, niet hoe vaak iets in heel Nederland voorkomt.',
          en: 'Online questionnaire in the StroomOP app, four times a year, among about 500 young people, parents and professionals. The panel is not a random sample: the answers show what matters to people, not how often something happens across the Netherlands.',
        },
      },
    ],
    nextUpdate: '2027-01',
  },
];

// ---------------------------------------------------------------------------
// Observations.

const T = (nl, en) => (en === undefined ? nl : { nl, en });
const PROVISIONAL_REASON = T('Voorlopig cijfer: nog niet alle aanbieders hebben hun gegevens over 2024 gecontroleerd.', 'Provisional: not all providers have checked their 2024 data yet.');
const CBS_PROVISIONAL_REASON = T('Voorlopig cijfer van CBS; het definitieve cijfer verschijnt in mei 2027.', 'Provisional CBS figure; the final figure appears in May 2027.');
const SERIES_BREAK_SATISFACTION = T(
  'Vanaf 2021 meten aanbieders tevredenheid met een korte vragenlijst van vijf vragen in plaats van de oude lange lijst. Cijfers van voor en na 2021 zijn niet zomaar te vergelijken.',
  'From 2021 providers measure satisfaction with a short five-question form instead of the old long questionnaire. Figures from before and after 2021 cannot simply be compared.',
);

/** A percent observation from a count of events among n. */
function percentObservation(indicator, area, period, numerator, n, extra = {}) {
  const value = round((numerator / n) * 100, 2);
  const ci = wilson(numerator, n);
  if (!(ci.lower <= value && value <= ci.upper)) throw new Error(`interval does not contain value: ${indicator} ${area} ${period}`);
  return {
    indicator,
    area,
    period,
    value,
    n,
    numerator,
    denominator: n,
    ci,
    status: isProvisional(period) ? 'provisional' : 'final',
    ...(isProvisional(period) && area === 'NL01' ? { statusReason: PROVISIONAL_REASON } : {}),
    ...extra,
  };
}

// Outcome levels per area: [uitval, tevredenheid, doelrealisatie] around which each walks.
const OUTCOME_LEVELS = {
  NL01: [14.6, 78.2, 68.1],
  JZ17: [13.8, 79.5, 69.4],
  JZ18: [15.9, 76.8, 66.2],
  JZ26: [15.2, 75.9, 67.0],
  JZ34: [16.4, 77.1, 65.3],
  GM0344: [16.3, 76.2, 65.8],
  GM0307: [13.1, 80.1, 70.2],
  GM0355: [12.9, 79.8, 70.9],
  GM0363: [15.6, 75.1, 66.4],
  GM0599: [16.8, 76.6, 64.7],
  GM0312: [11.8, 81.0, 71.5],
  GM0310: [12.6, 80.4, 70.1],
  GM1581: [13.4, 78.8, 69.0],
  GM0352: [14.1, 78.0, 68.3],
};
/** Closed trajectories per year (2024) per area; earlier years scale down as fewer providers delivered. */
const TRAJECTORIES = {
  NL01: 52_400,
  JZ17: 1_480,
  JZ18: 1_720,
  JZ19: 796, // only for the region's own rating; its outcomes are the sum of its municipalities
  JZ26: 3_950,
  JZ34: 4_880,
  GM0344: 1_540,
  GM0307: 690,
  GM0355: 262,
  GM0363: 3_420,
  GM0599: 2_730,
  GM0312: 58,
  GM0310: 171,
  GM1581: 204,
  GM0352: 101,
};
const COVERAGE = { 2018: 0.58, 2019: 0.66, 2020: 0.74, 2021: 0.81, 2022: 0.88, 2023: 0.95, 2024: 1 };
const SATISFACTION_SHARE = 0.46; // part of the closed trajectories with an end questionnaire
const GOAL_SHARE = 0.83; // part with a joint judgement on the goals

const OUTCOMES = [
  { id: 'uitval', index: 0, drift: -0.22, nationalDrift: -0.3, sd: 0.45, share: 1 },
  { id: 'tevredenheid', index: 1, drift: 0.35, sd: 0.6, share: SATISFACTION_SHARE },
  { id: 'doelrealisatie', index: 2, drift: 0.3, sd: 0.55, share: GOAL_SHARE },
];

/** Simulated outcome counts: { [area]: { [indicator]: { [year]: {x, n} } } }. */
function simulateOutcomes(area, years) {
  const result = {};
  for (const outcome of OUTCOMES) {
    const base = OUTCOME_LEVELS[area][outcome.index];
    const local = area !== 'NL01';
    const drift = local ? outcome.drift : (outcome.nationalDrift ?? outcome.drift);
    const levels = walk(`${area}:${outcome.id}`, years.length, {
      start: base - drift * (years.length - 1) * 0.6,
      drift,
      sd: outcome.sd * (local ? 1.6 : 0.5),
      min: 3,
      max: 97,
    });
    result[outcome.id] = {};
    years.forEach((year, i) => {
      let level = levels[i];
      // The shorter questionnaire from 2021 on asks more strictly: about three points lower.
      if (outcome.id === 'tevredenheid' && Number(year) >= 2021) level -= 3.1;
      const n = Math.max(12, Math.round(TRAJECTORIES[area] * COVERAGE[year] * outcome.share * (1 + 0.04 * normal(random(`${area}:${outcome.id}:${year}:n`)))));
      result[outcome.id][year] = { x: Math.round((n * level) / 100), n };
    });
  }
  return result;
}

const outcomeData = {};
for (const area of ['NL01']) outcomeData[area] = simulateOutcomes(area, YEARS);
for (const area of [...regions.filter((r) => r.code !== 'JZ19'), ...municipalities, ...regionalMunicipalities].map((a) => a.code)) outcomeData[area] = simulateOutcomes(area, LOCAL_YEARS);
// In 2020 the providers in Bunnik did not yet deliver per municipality.
const MISSING_2020 = 'GM0312';
// Zuidoost Utrecht: the sum of its five municipalities, so regional and municipal figures agree.
outcomeData.JZ19 = {};
for (const outcome of OUTCOMES) {
  outcomeData.JZ19[outcome.id] = {};
  for (const year of LOCAL_YEARS) {
    let x = 0;
    let n = 0;
    for (const code of ['GM0355', ...regionalMunicipalities.map((m) => m.code)]) {
      if (code === MISSING_2020 && year === '2020') continue;
      x += outcomeData[code][outcome.id][year].x;
      n += outcomeData[code][outcome.id][year].n;
    }
    outcomeData.JZ19[outcome.id][year] = { x, n };
  }
}

function outcomeObservations(area, years) {
  const list = [];
  for (const outcome of OUTCOMES) {
    for (const year of years) {
      const extra = outcome.id === 'tevredenheid' && year === '2021' ? { seriesBreak: SERIES_BREAK_SATISFACTION } : {};
      if (area === MISSING_2020 && year === '2020') {
        list.push({
          indicator: outcome.id,
          area,
          period: year,
          value: null,
          status: 'missing',
          statusReason: T('De aanbieders in Bunnik leverden in 2020 nog niet per gemeente aan.', 'The providers in Bunnik did not yet deliver figures per municipality in 2020.'),
          ...extra,
        });
        continue;
      }
      const { x, n } = outcomeData[area][outcome.id][year];
      list.push(percentObservation(outcome.id, area, year, x, n, extra));
    }
  }
  return list;
}

// Half years of dropout, nationally: around the year's level; the year figures of 2022-2024 become their sums.
const halfNoise = random('NL01:uitval:halves');
const halfData = HALVES.map((period, i) => {
  const year = period.slice(0, 4);
  const { x, n: yearN } = outcomeData.NL01.uitval[year];
  const level = (x / yearN) * 100 + (i % 2 === 0 ? 0.15 : -0.15) + 0.2 * normal(halfNoise);
  const n = Math.round(yearN * (i % 2 === 0 ? 0.47 : 0.53));
  return { period, n, x: Math.round((n * level) / 100) };
});
for (const year of ['2022', '2023', '2024']) {
  const halves = halfData.filter((h) => h.period.startsWith(year));
  outcomeData.NL01.uitval[year] = { x: halves.reduce((s, h) => s + h.x, 0), n: halves.reduce((s, h) => s + h.n, 0) };
}

// Youth care use (CBS style): population, percentage, count.
function careUse(area, years) {
  const pct = walk(`${area}:jeugdhulp`, years.length, { start: (CARE_LEVEL[area] ?? 10.6) - 0.55, drift: 0.16, sd: area === 'NL01' ? 0.05 : 0.14, min: 4, max: 20 });
  const growth = walk(`${area}:bevolking`, years.length, { start: 0.985, drift: 0.0028, sd: 0.0015 });
  const step = area === 'NL01' ? 1000 : 10;
  return years.map((year, i) => {
    const population = Math.round((POPULATION[area] * growth[i]) / 10) * 10;
    let count = roundTo((population * pct[i]) / 100, step);
    let denominator = population;
    if (area === 'NL01' && year === '2023') {
      // The published CBS fact.
      count = 474_000;
      denominator = 4_471_700;
    }
    return { year, count, denominator, value: round((count / denominator) * 100, 1) };
  });
}
// National: a smooth path through the published 10.6% of 2023 (2020 dips with the pandemic).
const NATIONAL_CARE = { 2018: 9.8, 2019: 10.0, 2020: 9.9, 2021: 10.2, 2022: 10.4, 2023: 10.6, 2024: 10.8 };
function nationalCareUse() {
  return careUse('NL01', YEARS).map((row) => {
    if (row.year === '2023') return row;
    const count = roundTo((row.denominator * NATIONAL_CARE[row.year]) / 100, 1000);
    return { ...row, count, value: round((count / row.denominator) * 100, 1) };
  });
}

function careUseObservations(area, rows) {
  const list = [];
  for (const { year, count, denominator, value } of rows) {
    const national = area === 'NL01';
    const provisional = year === LATEST;
    const revised = national && year === '2022';
    const status = provisional ? 'provisional' : revised ? 'revised' : 'final';
    const reason = provisional && national
      ? { statusReason: CBS_PROVISIONAL_REASON }
      : revised
        ? { statusReason: T('Bijgesteld in mei 2024: twee gemeenten leverden hun gegevens over 2022 na.', 'Revised in May 2024: two municipalities delivered their 2022 data late.') }
        : {};
    list.push({ indicator: 'jeugdhulp-percentage', area, period: year, value, numerator: count, denominator, status, ...reason });
    list.push({ indicator: 'jeugdhulp-jongeren', area, period: year, value: count, status, ...reason });
  }
  return list;
}

/** Breakdown observations: the parts of a total, the last part taking the remainder. */
function splitCounts(total, shares) {
  const counts = shares.map((share) => Math.round(total * share));
  counts[counts.length - 1] = total - counts.slice(0, -1).reduce((s, c) => s + c, 0);
  return counts;
}

function nationalBreakdowns(careRows) {
  const list = [];
  // Youth care by age and gender (CBS style), 2023 and 2024.
  const agePopulation = [0.492, 0.271, 0.237];
  const ageRate = [1.0, 1.62, 0.33];
  const genderPopulation = [0.512, 0.488];
  const genderRate = [1.13, 0.86];
  for (const row of careRows.filter((r) => r.year === '2023' || r.year === '2024')) {
    const status = row.year === LATEST ? 'provisional' : 'final';
    for (const [dimension, populationShares, rates, ids] of [
      ['leeftijd', agePopulation, ageRate, ['0-11', '12-17', '18-22']],
      ['geslacht', genderPopulation, genderRate, ['jongen', 'meisje']],
    ]) {
      const weights = populationShares.map((share, i) => share * rates[i]);
      const sum = weights.reduce((s, w) => s + w, 0);
      const counts = splitCounts(row.count, weights.map((w) => w / sum));
      const populations = splitCounts(row.denominator, populationShares);
      ids.forEach((category, i) => {
        list.push({
          indicator: 'jeugdhulp-percentage',
          area: 'NL01',
          period: row.year,
          value: round((counts[i] / populations[i]) * 100, 1),
          numerator: counts[i],
          denominator: populations[i],
          status,
          breakdown: { [dimension]: category },
        });
      });
    }
  }
  // Dropout by age, gender and type of care, 2023 and 2024.
  for (const year of ['2023', '2024']) {
    const { n, x } = outcomeData.NL01.uitval[year];
    for (const [dimension, shares, relative, ids] of [
      ['leeftijd', [0.38, 0.45, 0.17], [0.78, 1.0, 1.52], ['0-11', '12-17', '18-22']],
      ['geslacht', [0.53, 0.47], [1.04, 0.955], ['jongen', 'meisje']],
      ['zorgvorm', [0.86, 0.14], [0.9, 1.62], ['zonder-verblijf', 'met-verblijf']],
    ]) {
      const ns = splitCounts(n, shares);
      const weighted = shares.map((share, i) => share * relative[i]);
      const sum = weighted.reduce((s, w) => s + w, 0);
      const xs = splitCounts(x, weighted.map((w) => w / sum));
      ids.forEach((category, i) => {
        list.push(percentObservation('uitval', 'NL01', year, xs[i], ns[i], { breakdown: { [dimension]: category }, ...(year === LATEST ? { status: 'provisional' } : {}) }));
      });
    }
  }
  // percentObservation adds the national provisional reason; breakdown rows do not need it repeated.
  for (const item of list) if (item.breakdown) delete item.statusReason;
  return list;
}

function seclusionObservations() {
  const list = [];
  const yearly = walk('NL01:afzonderingen', YEARS.length, { start: 1240, drift: -95, sd: 40, min: 300 });
  const halves = walk('NL01:afzonderingen:halves', HALVES.length, { start: 470, drift: -22, sd: 25, min: 150 });
  const halfCounts = halves.map((h) => Math.round(h));
  YEARS.forEach((year, i) => {
    let value = Math.round(yearly[i]);
    const own = HALVES.map((p, j) => [p, j]).filter(([p]) => p.startsWith(year));
    if (own.length) value = own.reduce((s, [, j]) => s + halfCounts[j], 0);
    const provisional = year === LATEST;
    list.push({
      indicator: 'afzonderingen',
      area: 'NL01',
      period: year,
      value,
      status: provisional ? 'estimated' : 'final',
      ...(provisional ? { statusReason: T('Geschat: één instelling leverde over het eerste halfjaar van 2024 niet aan; haar aantal is bijgeschat.', 'Estimated: one institution did not deliver data for the first half of 2024; its number was estimated.') } : {}),
    });
  });
  HALVES.forEach((period, j) => {
    const estimated = period === '2024-H1';
    list.push({
      indicator: 'afzonderingen',
      area: 'NL01',
      period,
      value: halfCounts[j],
      status: estimated ? 'estimated' : isProvisional(period) ? 'provisional' : 'final',
      ...(estimated
        ? { statusReason: T('Geschat: één instelling leverde niet aan; haar aantal is bijgeschat op basis van het halfjaar ervoor.', 'Estimated: one institution did not deliver; its number was estimated from the half-year before.') }
        : {}),
    });
  });
  return list;
}

function safetyPlanObservations() {
  const years = ['2021', '2022', '2023', '2024'];
  const levels = walk('NL01:veiligheidsplan', years.length, { start: 54.5, drift: 3.4, sd: 1.2, max: 95 });
  return years.map((year, i) => {
    const n = Math.round(2_300 + 420 * i + 60 * normal(random(`veiligheidsplan:${year}`)));
    const x = Math.round((n * levels[i]) / 100);
    return percentObservation('veiligheidsplan', 'NL01', year, x, n);
  });
}

function ratingObservations(area, years, start) {
  const levels = walk(`${area}:rapportcijfer`, years.length, { start, drift: 0.04, sd: 0.06, min: 1, max: 10 });
  return years.map((year, i) => {
    const n = Math.round((area === 'NL01' ? 21_800 : TRAJECTORIES[area] * 0.42) * COVERAGE[year]);
    const value = round(levels[i], 2);
    const half = (Z95 * 1.45) / Math.sqrt(n);
    return {
      indicator: 'rapportcijfer-samenwerking',
      area,
      period: year,
      value,
      n,
      ci: { lower: floorTo(value - half, 2), upper: ceilTo(value + half, 2), level: 0.95 },
      status: isProvisional(year) ? 'provisional' : 'final',
    };
  });
}

function secondGoalObservations() {
  const years = ['2022', '2023', '2024'];
  const levels = walk('NL01:doelrealisatie-vragenlijst', years.length, { start: 57.2, drift: 0.8, sd: 0.6 });
  return years.map((year, i) => {
    const n = Math.round(TRAJECTORIES.NL01 * COVERAGE[year] * 0.31);
    return percentObservation('doelrealisatie-vragenlijst', 'NL01', year, Math.round((n * levels[i]) / 100), n);
  });
}

// ---------------------------------------------------------------------------
// National document.

const careRowsNational = nationalCareUse();
const careRows = Object.fromEntries(
  [...provinces, ...regions, ...municipalities, ...regionalMunicipalities].map((area) => [area.code, careUse(area.code, YEARS)]),
);
// Zuidoost Utrecht again as the sum of its municipalities.
careRows.JZ19 = YEARS.map((year, i) => {
  const parts = ['GM0355', ...regionalMunicipalities.map((m) => m.code)].map((code) => careRows[code][i]);
  const count = parts.reduce((s, p) => s + p.count, 0);
  const denominator = parts.reduce((s, p) => s + p.denominator, 0);
  return { year, count, denominator, value: round((count / denominator) * 100, 1) };
});

const uitvalHalfObservations = halfData.map(({ period, x, n }) => percentObservation('uitval', 'NL01', period, x, n));

const nationalObservations = [
  ...outcomeObservations('NL01', YEARS),
  ...uitvalHalfObservations,
  ...careUseObservations('NL01', careRowsNational),
  ...nationalBreakdowns(careRowsNational),
  ...seclusionObservations(),
  ...safetyPlanObservations(),
  ...secondGoalObservations(),
  ...ratingObservations('NL01', range(2019, 2024).map(String), 7.38),
  ...provinces.flatMap((area) => careUseObservations(area.code, careRows[area.code])),
  ...regions.flatMap((area) => [...outcomeObservations(area.code, LOCAL_YEARS), ...careUseObservations(area.code, careRows[area.code])]),
  ...regions.flatMap((area) => (area.code === 'JZ19' ? [] : ratingObservations(area.code, ['2022', '2023', '2024'], 7.3 + (hash(area.code) % 5) / 10))),
  ...municipalities.flatMap((area) => [...outcomeObservations(area.code, LOCAL_YEARS), ...careUseObservations(area.code, careRows[area.code])]),
];

const find = (indicator, area, period, breakdown) =>
  nationalObservations.find((o) => o.indicator === indicator && o.area === area && o.period === period && JSON.stringify(o.breakdown) === JSON.stringify(breakdown));
const value = (...args) => find(...args).value;

// Panel statements: five-point scale, counts per role that add up to n.
const AGREEMENT = [
  { id: 'helemaal-oneens', label: { nl: 'Helemaal oneens', en: 'Strongly disagree' } },
  { id: 'oneens', label: { nl: 'Oneens', en: 'Disagree' } },
  { id: 'neutraal', label: { nl: 'Neutraal', en: 'Neutral' } },
  { id: 'eens', label: { nl: 'Eens', en: 'Agree' } },
  { id: 'helemaal-eens', label: { nl: 'Helemaal eens', en: 'Strongly agree' } },
];
const PANEL_SIZE = { youth: 204, parent: 148, professional: 151 };
function responses(key, leanings) {
  return Object.entries(leanings).map(([role, weights]) => {
    const next = random(`${key}:${role}`);
    const rate = round(0.52 + 0.2 * next(), 2);
    const n = Math.round(PANEL_SIZE[role] * rate);
    const noisy = weights.map((w) => Math.max(0.2, w * (0.85 + 0.3 * next())));
    const sum = noisy.reduce((s, w) => s + w, 0);
    const counts = splitCounts(n, noisy.map((w) => w / sum));
    return { role, counts: Object.fromEntries(AGREEMENT.map((c, i) => [c.id, counts[i]])), n, responseRate: round(n / PANEL_SIZE[role], 2) };
  });
}
const panelStatements = [
  {
    id: 'stelling-inspraak-2026-q2',
    statement: { nl: 'Jongeren en ouders hebben genoeg te zeggen over welke hulp er komt.', en: 'Young people and parents have enough say in which help they get.' },
    topic: 'individueel-maatwerk',
    period: '2026-Q2',
    indicator: 'ervaren-maatwerk',
    categories: AGREEMENT,
    neutral: 'neutraal',
    responses: responses('inspraak', { youth: [18, 27, 22, 25, 8], parent: [15, 30, 20, 28, 7], professional: [4, 17, 25, 42, 12] }),
  },
  {
    id: 'stelling-hulp-past-2026-q3',
    statement: { nl: 'De hulp paste bij wat er echt nodig was.', en: 'The help matched what was really needed.' },
    topic: 'individueel-maatwerk',
    period: '2026-Q3',
    indicator: 'ervaren-maatwerk',
    categories: AGREEMENT,
    neutral: 'neutraal',
    responses: responses('hulp-past', { youth: [12, 21, 24, 31, 12], parent: [14, 24, 18, 33, 11], professional: [6, 22, 28, 36, 8] }),
  },
  {
    id: 'stelling-afzonderen-2026-q3',
    statement: { nl: 'Gedwongen afzonderen moet helemaal verdwijnen uit de jeugdhulp.', en: 'Seclusion should disappear from youth care altogether.' },
    topic: 'gedwongen-afzonderen',
    period: '2026-Q3',
    categories: AGREEMENT,
    neutral: 'neutraal',
    responses: responses('afzonderen', { youth: [5, 9, 14, 30, 42], parent: [6, 12, 19, 33, 30], professional: [10, 26, 24, 28, 12] }),
  },
  {
    id: 'stelling-terecht-kunnen-2026-q3',
    statement: { nl: 'Als het echt slecht gaat, weet ik (of weet de jongere) bij wie je terecht kunt, ook ’s avonds en in het weekend.', en: 'When things are really bad, I know (or the young person knows) who to turn to, also in the evening and at weekends.' },
    topic: 'suicidepreventie',
    period: '2026-Q3',
    categories: AGREEMENT,
    neutral: 'neutraal',
    responses: responses('terecht-kunnen', { youth: [14, 22, 18, 30, 16], parent: [17, 25, 16, 29, 13], professional: [3, 12, 15, 45, 25] }),
  },
  {
    id: 'stelling-eerste-plek-2026-q2',
    statement: { nl: 'De eerste plek waar een jongere terechtkwam, was meteen de goede plek.', en: 'The first place a young person ended up in was the right place straight away.' },
    topic: 'matching-en-plaatsing',
    period: '2026-Q2',
    categories: AGREEMENT,
    neutral: 'neutraal',
    responses: responses('eerste-plek', { youth: [24, 30, 19, 19, 8], parent: [22, 33, 17, 21, 7], professional: [12, 35, 26, 22, 5] }),
  },
];

/** Share of a role that agreed (eens or helemaal eens) with a statement. */
function agreed(statementId, role) {
  const response = panelStatements.find((statement) => statement.id === statementId).responses.find((r) => r.role === role);
  return (response.counts.eens + response.counts['helemaal-eens']) / response.n;
}
claim(['youth', 'parent', 'professional'].every((role) => agreed('stelling-eerste-plek-2026-q2', role) < 1 / 3), 'fewer than a third: first place was right');
claim(agreed('stelling-afzonderen-2026-q3', 'youth') > 2 / 3 && agreed('stelling-afzonderen-2026-q3', 'professional') < 0.5, 'two thirds of youths against seclusion; professionals divided');
claim(['youth', 'parent', 'professional'].every((role) => agreed('stelling-hulp-past-2026-q3', role) >= 0.38 && agreed('stelling-hulp-past-2026-q3', role) <= 0.52), 'four to five in ten: help fitted');
claim(agreed('stelling-terecht-kunnen-2026-q3', 'professional') > 0.68 && agreed('stelling-terecht-kunnen-2026-q3', 'professional') < 0.75 && agreed('stelling-terecht-kunnen-2026-q3', 'youth') < 0.5 && agreed('stelling-terecht-kunnen-2026-q3', 'parent') < 0.5, 'nearly three quarters of professionals know where to turn');

// Interpretations (duiding) by the expert council. National notes name no area: they are the general
// note for their indicator, shown for any area that has no note of its own.
const COUNCIL = 'Expertraad StroomOP';
const pctNl = (v) => `${nlNumber(v)}%`;
const pctEn = (v) => `${enNumber(v)}%`;

const u2018 = value('uitval', 'NL01', '2018');
const u2024 = value('uitval', 'NL01', '2024');
const u1822 = value('uitval', 'NL01', '2024', { leeftijd: '18-22' });
const u011 = value('uitval', 'NL01', '2024', { leeftijd: '0-11' });
const uResidential = value('uitval', 'NL01', '2024', { zorgvorm: 'met-verblijf' });
const t2018 = value('tevredenheid', 'NL01', '2018');
const t2020 = value('tevredenheid', 'NL01', '2020');
const t2021 = value('tevredenheid', 'NL01', '2021');
const t2023 = value('tevredenheid', 'NL01', '2023');
const j2018 = value('jeugdhulp-percentage', 'NL01', '2018');
const j2024 = value('jeugdhulp-percentage', 'NL01', '2024');
const j1217 = value('jeugdhulp-percentage', 'NL01', '2023', { leeftijd: '12-17' });
const jRotterdam = value('jeugdhulp-percentage', 'GM0599', '2023');
const jAmsterdam = value('jeugdhulp-percentage', 'GM0363', '2023');
const a2018 = value('afzonderingen', 'NL01', '2018');
const a2023 = value('afzonderingen', 'NL01', '2023');
claim(u2024 < u2018 && apart(find('uitval', 'NL01', '2018'), find('uitval', 'NL01', '2024')), 'dropout fell, 2018 and 2024 intervals apart');
claim(YEARS.slice(1).some((year, i) => value('uitval', 'NL01', year) > value('uitval', 'NL01', YEARS[i])), 'dropout did not fall every year');
claim(u1822 > u011 && uResidential > u2024, 'dropout highest at 18-22 and in residential care');
claim(t2021 < t2020 - 1.5 && Math.abs(t2023 - t2021) < 1.5, 'satisfaction: break in 2021, stable since');
claim(j2018 < 10.6 && j2024 > 10.6 && jRotterdam > jAmsterdam, 'youth care growing; Rotterdam above Amsterdam');

const interpretations = [
  {
    id: 'duiding-uitval-2024',
    indicator: 'uitval',
    periods: YEARS,
    title: { nl: 'Uitval daalt langzaam, maar niet voor iedereen', en: 'Dropout is falling slowly, but not for everyone' },
    body: {
      nl: [
        `Uitval betekent hier: de hulp stopt voordat de afgesproken doelen bereikt zijn, zonder dat jongere, ouders en hulpverlener dat samen zo besloten hebben. Volgens de voorlopige cijfers gold dat in 2024 voor ${pctNl(u2024)} van de afgesloten trajecten, tegen ${pctNl(u2018)} in 2018. De daling is klein en gaat niet elk jaar dezelfde kant op.`,
        `Achter het landelijke gemiddelde zitten grote verschillen. Bij jongeren van 18 tot 23 jaar is de uitval het hoogst (${pctNl(u1822)}, tegen ${pctNl(u011)} bij kinderen tot 12 jaar). Rond de 18e verjaardag veranderen de wet, de financiering en vaak ook de hulpverlener. Jongeren in het panel vertellen dat ze dan afhaken omdat de hulp niet meer bij hun leven past, niet omdat ze geen hulp meer nodig hebben.`,
        `In de hulp met verblijf is de uitval ${pctNl(uResidential)}. Daar gaat het vaak om een overplaatsing die niemand wilde: de groep past niet, of er is ruzie en de plek vervalt. De expertraad leest die cijfers samen met wat jongeren vertellen over steeds opnieuw moeten beginnen.`,
        'Een deel van de daling komt waarschijnlijk doordat er meer aanbieders zijn gaan aanleveren die kortdurende ambulante hulp bieden, waar uitval van oudsher lager is. Daarom vindt de expertraad het te vroeg om van een echte verbetering te spreken. De komende twee jaar kijken we vooral naar de hulp met verblijf en naar de overgang rond 18 jaar.',
        'Een laag uitvalcijfer is geen doel op zich. Soms is stoppen de goede keuze, bijvoorbeeld als het thuis beter gaat dan verwacht. Sinds 2023 leggen aanbieders daarom ook de reden van stoppen vast, zodat we het verschil kunnen zien tussen afhaken en een goed besluit om te stoppen.',
      ],
      en: [
        `Dropout here means: the help stops before the agreed goals are reached, without the young person, parents and professional deciding so together. According to the provisional figures this was the case for ${pctEn(u2024)} of the trajectories closed in 2024, against ${pctEn(u2018)} in 2018. The fall is small and does not go the same way every year.`,
        `Behind the national average lie large differences. Dropout is highest among young people aged 18 to 22 (${pctEn(u1822)}, against ${pctEn(u011)} among children under 12). Around the 18th birthday the law, the funding and often the professional change. Young people in the panel say they drop out then because the help no longer fits their lives, not because they no longer need help.`,
        `In residential care dropout is ${pctEn(uResidential)}. There it is often a move nobody wanted: the group does not fit, or there is a conflict and the place is lost. The expert council reads these figures together with what young people say about having to start all over again.`,
        'Part of the fall is probably due to more providers of short outpatient help delivering data, where dropout has always been lower. The expert council therefore thinks it is too early to speak of a real improvement. For the next two years we will look mainly at residential care and at the transition around 18.',
        'A low dropout figure is not a goal in itself. Sometimes stopping is the right choice, for instance when things at home go better than expected. Since 2023 providers therefore also record the reason for stopping, so that we can tell dropping out apart from a sound decision to stop.',
      ],
    },
    authors: [COUNCIL],
    date: '2026-06-24',
    writtenFor: { release: '2026-06', latestPeriod: '2024' },
    perspectives: [
      { role: 'youth', text: T('Als je steeds een andere hulpverlener krijgt, haak je af. Niet omdat je niet wilt, maar omdat je elke keer opnieuw je verhaal moet doen.', 'If you keep getting a different professional, you drop out. Not because you don’t want help, but because you have to tell your story all over again every time.') },
      { role: 'parent', text: T('Uitval begint vaak bij een slechte start: lang wachten en dan hulp die niet past bij ons gezin.', 'Dropout often starts with a bad start: a long wait and then help that does not fit our family.') },
      { role: 'professional', text: T('Uitval zegt ook iets over werkdruk. Als een team onderbezet is, is er geen tijd om een jongere die afhaakt terug te halen.', 'Dropout also says something about workload. When a team is understaffed, there is no time to win back a young person who is dropping out.') },
      { role: 'researcher', text: T('Alleen het verschil tussen 2018 en 2024 is duidelijk groter dan toeval; de jaren daartussen schommelen. Let op de groei van het aantal aanleverende aanbieders.', 'Only the difference between 2018 and 2024 is clearly larger than chance; the years in between fluctuate. Mind the growth in the number of providers delivering data.') },
      { role: 'policy', text: T('Het is verleidelijk om uitval als prestatie-eis in contracten op te nemen. De expertraad raadt dat af: dan gaat het om het cijfer in plaats van om de jongere.', 'It is tempting to put dropout into contracts as a performance target. The expert council advises against it: then it becomes about the figure instead of the young person.') },
    ],
    questions: [
      T('Herken je dit beeld van uitval rond je 18e?', 'Do you recognise this picture of dropout around the age of 18?'),
      T('Wanneer ben je tevreden over hoe hulp eindigt?', 'When are you satisfied with how help ends?'),
      T('Wat wil je veranderen aan de overgang naar hulp voor volwassenen?', 'What would you change about the transition to adult services?'),
    ],
    actions: [
      {
        id: 'actie-reden-beeindiging',
        text: T('Aanbieders leggen bij elk beëindigd traject de reden vast, volgens één lijst van zes redenen.', 'Providers record the reason for every ended trajectory, using one list of six reasons.'),
        status: 'done',
        expected: '2023-12',
        owner: 'Werkgroep uitkomstmonitoring',
        note: T('Werkt: in 2024 had 87% van de beëindigde trajecten een reden. Het kostte anderhalf jaar voordat alle aanbieders meededen.', 'Works: in 2024, 87% of ended trajectories had a reason. It took a year and a half before all providers took part.'),
      },
      {
        id: 'actie-vaste-contactpersoon',
        text: T('Een vaste contactpersoon van 17 tot 23 jaar, in vier jeugdregio’s als proef.', 'One steady contact person from 17 to 23, piloted in four youth-care regions.'),
        status: 'in-progress',
        expected: '2027-H2',
        owner: 'Vier jeugdregio’s met hun aanbieders',
        note: T('Gestart in januari 2026. Eén jaar is te kort om een effect op uitval te zien; eerste resultaten verwachten we in de tweede helft van 2027.', 'Started in January 2026. One year is too short to see an effect on dropout; we expect first results in the second half of 2027.'),
      },
      {
        id: 'actie-uitsplitsing-reden',
        text: T('Uitval in het dashboard laten zien per zorgvorm en per reden van stoppen.', 'Show dropout in the dashboard per type of care and per reason for stopping.'),
        status: 'planned',
        expected: '2027-06',
        owner: 'StroomOP Monitor',
      },
      {
        id: 'actie-koppeling-wachttijd',
        text: T('Uitval koppelen aan wachttijden, om te zien of lang wachten tot meer uitval leidt.', 'Link dropout to waiting times, to see whether long waits lead to more dropout.'),
        status: 'stalled',
        expected: '2026-Q2',
        owner: 'StroomOP Monitor en CBS',
        note: T('Vastgelopen: er is nog geen wettelijke grondslag om deze gegevens te koppelen. Eerlijk gezegd verwachten we daar niet vóór 2028 duidelijkheid over.', 'Stalled: there is no legal basis yet to link these data. Honestly, we do not expect clarity before 2028.'),
      },
      {
        id: 'actie-maandcijfers-team',
        text: T('Maandelijkse uitvalcijfers per team publiceren.', 'Publish monthly dropout figures per team.'),
        status: 'stopped',
        owner: COUNCIL,
        note: T('Gestopt na een proef van zes maanden. Maandcijfers per team waren te klein en te onrustig, en teams ervoeren ze als afrekencijfer. Organisaties bespreken nu halfjaarcijfers in hun eigen teams.', 'Stopped after a six-month trial. Monthly figures per team were too small and too erratic, and teams experienced them as a scorecard. Organisations now discuss half-yearly figures in their own teams.'),
      },
    ],
  },
  {
    id: 'duiding-tevredenheid-2023',
    indicator: 'tevredenheid',
    periods: ['2018', '2019', '2020', '2021', '2022', '2023'],
    title: { nl: 'Tevredenheid: een breuk in de reeks en een stabiel beeld daarna', en: 'Satisfaction: a break in the series and a stable picture since' },
    body: {
      nl: [
        `In 2023 was ${pctNl(t2023)} van de jongeren en ouders die de eindvragenlijst invulden (zeer) tevreden over het resultaat van de hulp. Dat lijkt lager dan in 2018 (${pctNl(t2018)}), maar die cijfers zijn niet goed te vergelijken.`,
        `In 2021 zijn alle aanbieders overgestapt op een korte vragenlijst van vijf vragen. Die vraagt strenger naar het resultaat en minder naar de bejegening. De daling van ${pctNl(t2020)} in 2020 naar ${pctNl(t2021)} in 2021 komt vooral door die nieuwe manier van meten, niet doordat de hulp slechter werd. Sinds 2021 is het beeld stabiel.`,
        'Tevredenheid zegt alleen iets over de mensen die de vragenlijst invullen, en dat is ongeveer de helft. Jongeren die afhaakten, vullen hem zelden in. De expertraad leest tevredenheid daarom altijd naast uitval.',
      ],
      en: [
        `In 2023, ${pctEn(t2023)} of the young people and parents who filled in the end-of-care questionnaire were (very) satisfied with the result of the help. That looks lower than in 2018 (${pctEn(t2018)}), but these figures cannot really be compared.`,
        `In 2021 all providers moved to a short five-question form. It asks more strictly about the result and less about how people were treated. The fall from ${pctEn(t2020)} in 2020 to ${pctEn(t2021)} in 2021 is mainly due to this new way of measuring, not to the help getting worse. Since 2021 the picture has been stable.`,
        'Satisfaction only says something about the people who fill in the questionnaire, which is about half. Young people who dropped out rarely fill it in. The expert council therefore always reads satisfaction next to dropout.',
      ],
    },
    authors: [COUNCIL],
    date: '2025-07-03',
    writtenFor: { release: '2025-06', latestPeriod: '2023' },
    perspectives: [
      { role: 'youth', text: T('Tevreden over het resultaat is iets anders dan tevreden over je hulpverlener. Ik was blij met haar, maar de problemen thuis waren niet opgelost.', 'Satisfied with the result is not the same as satisfied with your professional. I was happy with her, but the problems at home were not solved.') },
      { role: 'parent', text: 'Vraag het ook een half jaar later nog eens. Dan weet je pas of het echt geholpen heeft.' },
      { role: 'professional', text: 'De korte vragenlijst is beter in te passen in het laatste gesprek. De respons is sindsdien gestegen.' },
      { role: 'researcher', text: 'Vergelijk alleen binnen de nieuwe reeks (2021 en later). Verschillen tussen gemeenten van een paar procentpunten vallen meestal binnen de onzekerheidsmarge.' },
    ],
    questions: [T('Wanneer ben je tevreden?', 'When are you satisfied?'), T('Herken je dit?', 'Do you recognise this?')],
    actions: [
      { id: 'actie-korte-vragenlijst', text: T('Eén korte eindvragenlijst voor alle aanbieders.', 'One short end-of-care questionnaire for all providers.'), status: 'done', expected: '2021-01', owner: 'Werkgroep uitkomstmonitoring' },
      {
        id: 'actie-nameting-zes-maanden',
        text: T('Een nameting zes maanden na het einde van de hulp, eerst bij drie aanbieders.', 'A follow-up six months after help ends, first with three providers.'),
        status: 'in-progress',
        expected: '2026-12',
        owner: 'Drie aanbieders met de Expertraad StroomOP',
        note: 'De respons op de nameting is laag (ongeveer 20%); we zoeken uit of een korte vraag via de app beter werkt.',
      },
    ],
  },
  {
    id: 'duiding-jeugdhulp-percentage-2024',
    indicator: 'jeugdhulp-percentage',
    periods: YEARS,
    title: { nl: 'Meer jongeren in de jeugdhulp: een teken van zorg of van zorgen?', en: 'More young people in youth care: a sign of care or of worry?' },
    body: {
      nl: [
        `Volgens CBS kregen in 2023 474 duizend jongeren tot 23 jaar jeugdhulp: ${pctNl(10.6)} van alle jongeren. In 2018 was dat ${pctNl(j2018)}, en het voorlopige cijfer over 2024 is ${pctNl(j2024)}. Het aandeel groeit langzaam maar gestaag.`,
        `Een hoger percentage is niet vanzelf slecht. Het kan betekenen dat hulp beter bereikbaar is geworden, bijvoorbeeld via een praktijkondersteuner jeugd bij de huisarts. Het kan ook betekenen dat problemen van jongeren toenemen, of dat lichte vragen te snel in de jeugdhulp terechtkomen. De cijfers alleen vertellen niet welke van deze verklaringen klopt.`,
        `De verschillen tussen gemeenten zijn groot: in Rotterdam kreeg ${pctNl(jRotterdam)} van de jongeren jeugdhulp, in Amsterdam ${pctNl(jAmsterdam)}. Die verschillen hangen samen met de bevolking, met wat er in de wijk aan lichte steun is en met hoe gemeenten hulp registreren. Vergelijk gemeenten daarom nooit als ranglijst.`,
        `Jongeren van 12 tot 18 jaar krijgen het vaakst jeugdhulp (${pctNl(j1217)} in 2023). Na de 18e verjaardag daalt het percentage sterk; dat sluit aan bij wat we bij uitval zien.`,
      ],
      en: [
        `According to CBS, 474 thousand young people under 23 received youth care in 2023: ${pctEn(10.6)} of all young people. In 2018 it was ${pctEn(j2018)}, and the provisional figure for 2024 is ${pctEn(j2024)}. The share is growing slowly but steadily.`,
        'A higher percentage is not bad in itself. It can mean help has become easier to reach, for example through a youth mental-health practitioner at the GP. It can also mean that young people’s problems are growing, or that minor questions end up in youth care too quickly. The figures alone do not tell which explanation is right.',
        `Differences between municipalities are large: in Rotterdam ${pctEn(jRotterdam)} of young people received youth care, in Amsterdam ${pctEn(jAmsterdam)}. These differences relate to the population, to the light support available in the neighbourhood and to how municipalities register help. Never compare municipalities as a league table.`,
        `Young people aged 12 to 17 receive youth care most often (${pctEn(j1217)} in 2023). After the 18th birthday the percentage falls sharply; this fits what we see in dropout.`,
      ],
    },
    authors: [COUNCIL],
    date: '2026-06-24',
    writtenFor: { release: '2026-06', latestPeriod: '2024' },
    perspectives: [
      { role: 'youth', text: T('Ik had liever eerder hulp gehad, in plaats van pas toen het echt mis ging. Voor mij is een hoger percentage dus niet per se slecht.', 'I would rather have had help earlier instead of only when it really went wrong. So to me a higher percentage is not necessarily bad.') },
      { role: 'parent', text: T('Achter elk procent zitten duizenden gezinnen. Vraag ook hoe lang ze moesten wachten.', 'Behind every percent are thousands of families. Ask too how long they had to wait.') },
      { role: 'professional', text: 'Wij zien vaker jongeren met meerdere problemen tegelijk: school, thuis, geld. Dan is jeugdhulp alleen niet genoeg.' },
      { role: 'researcher', text: 'Registratieverschillen tussen gemeenten zijn groot. Vergelijk liever de ontwikkeling binnen één gemeente dan gemeenten onderling.' },
      { role: 'policy', text: 'Gemeenten willen de groei afremmen, maar niet door drempels op te werpen. De vraag is welke steun dichter bij huis en school nodig is.' },
    ],
    questions: [
      T('Herken je dit?', 'Do you recognise this?'),
      T('Wat betekent dit percentage voor jouw gemeente?', 'What does this percentage mean for your municipality?'),
      T('Wat wil je veranderen?', 'What would you like to change?'),
    ],
    actions: [
      {
        id: 'actie-verschillen-gemeenten',
        text: T('Onderzoek naar de verschillen tussen vijf gemeenten, samen met jongeren en ouders uit die gemeenten.', 'Research into the differences between five municipalities, together with young people and parents from those municipalities.'),
        status: 'in-progress',
        expected: '2027-03',
        owner: 'StroomOP Monitor met vijf gemeenten',
      },
      {
        id: 'actie-poh-jeugd',
        text: 'Het effect van praktijkondersteuners jeugd bij de huisarts op de jeugdhulp in kaart brengen.',
        status: 'planned',
        expected: '2027',
        owner: 'Expertraad StroomOP',
      },
    ],
  },
  {
    id: 'duiding-afzonderingen-2024',
    indicator: 'afzonderingen',
    periods: [...YEARS, ...HALVES],
    title: { nl: 'Minder afzonderingen, maar nog lang niet nul', en: 'Fewer seclusions, but still far from zero' },
    body: {
      nl: [
        `Het aantal gedwongen afzonderingen in de JeugdzorgPlus daalde van ${nlNumber(a2018, 0)} in 2018 naar ${nlNumber(a2023, 0)} in 2023. Voor 2024 is het cijfer geschat, omdat één instelling over het eerste halfjaar niet aanleverde.`,
        'Instellingen die de sterkste daling laten zien, werken met kleinere groepen, vaste gezichten op de groep en een plan dat de jongere zelf mee opstelt voor momenten waarop het misgaat. Ze vertellen ook dat het jaren kostte: eerst veranderde de houding van het team, pas daarna de cijfers.',
        'Minder afzonderen mag niet betekenen dat er andere vormen van dwang voor in de plaats komen, zoals vaker fixeren of overplaatsen. Daarom vraagt de expertraad om die vormen van dwang ook te gaan tellen.',
      ],
      en: [
        `The number of seclusions in closed youth care fell from ${enNumber(a2018, 0)} in 2018 to ${enNumber(a2023, 0)} in 2023. The 2024 figure is estimated, because one institution did not deliver data for the first half of the year.`,
        'Institutions with the steepest fall work with smaller groups, familiar faces on the group and a plan the young person helps write for the moments when things go wrong. They also say it took years: first the team’s attitude changed, only then the figures.',
        'Fewer seclusions must not mean that other forms of coercion take their place, such as more restraint or transfers. The expert council therefore asks for those forms of coercion to be counted too.',
      ],
    },
    authors: [COUNCIL, 'Jongerenraad StroomOP'],
    date: '2026-06-24',
    writtenFor: { release: '2026-06', latestPeriod: '2024-H2' },
    perspectives: [
      { role: 'youth', text: 'Afgezonderd worden voelt als gestraft worden omdat het slecht met je gaat. Een rustige ruimte waar je zelf heen mag, helpt veel meer.' },
      { role: 'professional', text: 'Zonder extra mensen op de groep is nul afzonderingen niet haalbaar. Dat moeten we eerlijk zeggen.' },
      { role: 'parent', text: 'Ik wil gebeld worden als het gebeurt. Niet pas bij het evaluatiegesprek.' },
    ],
    questions: [T('Wat is er nodig om afzonderen helemaal te stoppen?', 'What is needed to stop seclusion altogether?')],
    actions: [
      { id: 'actie-andere-dwang-tellen', text: 'Ook fixaties en overplaatsingen na een incident tellen.', status: 'planned', expected: '2027-H1', owner: 'JeugdzorgPlus-instellingen in de monitor' },
      {
        id: 'actie-kleine-groepen',
        text: 'Alle gesloten groepen naar maximaal zes jongeren.',
        status: 'stalled',
        expected: '2026-12',
        owner: 'JeugdzorgPlus-instellingen en gemeenten',
        note: 'Vastgelopen op personeelstekort en op gebouwen die niet geschikt zijn. Bij de helft van de groepen is het gelukt; voor de rest is nog geen nieuwe datum.',
      },
      { id: 'actie-eigen-plan', text: 'Elke jongere stelt bij binnenkomst samen met de groep een eigen plan op voor crisismomenten.', status: 'done', expected: '2025-06', owner: 'JeugdzorgPlus-instellingen in de monitor' },
    ],
  },
];

// Quotes: short reactions of panel members; never names or other personal data.
const quotes = [
  ['q-2026-05-01', 'youth', 'matching-en-plaatsing', '2026-05-04', 'uitval', 'Drie groepen in twee jaar. Bij de vierde heb ik mijn tas gewoon niet meer uitgepakt.', 'Three groups in two years. At the fourth I simply didn’t unpack my bag anymore.'],
  ['q-2026-05-02', 'parent', 'matching-en-plaatsing', '2026-05-11', undefined, 'We hebben veertien weken gewacht. In die tijd ging het thuis van kwaad tot erger.', 'We waited fourteen weeks. In that time things at home went from bad to worse.'],
  ['q-2026-05-03', 'professional', 'matching-en-plaatsing', '2026-05-19', undefined, 'Ik weet vaak wel wat een jongere nodig heeft, maar die plek bestaat gewoon niet in onze regio.', 'I often know what a young person needs, but that place simply doesn’t exist in our region.'],
  ['q-2026-06-01', 'youth', 'individueel-maatwerk', '2026-06-02', 'tevredenheid', 'Voor het eerst vroeg iemand wat ík wilde, in plaats van wat er in het aanbod stond.', 'For the first time someone asked what I wanted, instead of what was on offer.'],
  ['q-2026-06-02', 'parent', 'individueel-maatwerk', '2026-06-15', undefined, 'Het maatwerk zat hem in kleine dingen: afspraken na schooltijd, dezelfde persoon aan de telefoon.', 'The tailoring was in small things: appointments after school, the same person on the phone.'],
  ['q-2026-06-03', 'professional', 'individueel-maatwerk', '2026-06-23', 'doelrealisatie', 'Maatwerk kost tijd om uit te leggen aan de gemeente. Die tijd gaat van de jongere af.', 'Tailoring takes time to explain to the municipality. That time comes out of the young person’s time.'],
  ['q-2026-07-01', 'youth', 'gedwongen-afzonderen', '2026-07-07', 'afzonderingen', 'In de afzonderingskamer word je niet rustiger. Je wordt alleen stiller.', 'In the seclusion room you don’t get calmer. You just get quieter.'],
  ['q-2026-07-02', 'parent', 'gedwongen-afzonderen', '2026-07-14', undefined, 'Ik hoorde pas twee weken later dat mijn zoon apart was gezet. Dat had ik meteen willen weten.', 'I only heard two weeks later that my son had been secluded. I would have wanted to know straight away.'],
  ['q-2026-07-03', 'professional', 'gedwongen-afzonderen', '2026-07-29', 'afzonderingen', 'Sinds we met vaste koppels op de groep werken, hebben we maanden zonder afzondering gehad.', 'Since we started working in fixed pairs on the group, we have had months without a seclusion.'],
  ['q-2026-08-01', 'youth', 'suicidepreventie', '2026-08-05', 'veiligheidsplan', 'Mijn veiligheidsplan zit in mijn telefoon. Ik heb het twee keer echt gebruikt.', 'My safety plan is on my phone. I have really used it twice.'],
  ['q-2026-08-02', 'parent', 'suicidepreventie', '2026-08-18', undefined, 'Praat er gewoon over, ook als je bang bent. Het benoemen maakte het voor ons kind juist lichter.', 'Just talk about it, even if you are scared. Naming it actually made it lighter for our child.'],
  ['q-2026-08-03', 'professional', 'suicidepreventie', '2026-08-26', 'veiligheidsplan', 'Na de training durf ik de vraag naar zelfdoding direct te stellen. Jongeren zijn vaak opgelucht.', 'After the training I dare to ask about suicide directly. Young people are often relieved.'],
  ['q-2026-09-01', 'youth', 'matching-en-plaatsing', '2026-09-03', undefined, 'Het klikte met mijn begeleider. Dat staat nergens in een dossier, maar het was alles.', 'I clicked with my support worker. That isn’t written in any file, but it was everything.'],
  ['q-2026-09-02', 'parent', 'individueel-maatwerk', '2026-09-16', 'tevredenheid', 'Eindelijk één plan voor ons hele gezin, in plaats van vier hulpverleners die elkaar niet kenden.', 'Finally one plan for our whole family, instead of four professionals who didn’t know each other.'],
  ['q-2026-09-03', 'professional', 'suicidepreventie', '2026-09-24', undefined, 'We hebben nu een afspraak met de crisisdienst voor het weekend. Dat scheelt ouders veel angst.', 'We now have an arrangement with the crisis service for weekends. It takes away a lot of fear for parents.'],
  ['q-2026-10-01', 'youth', 'gedwongen-afzonderen', '2026-10-02', undefined, 'Ze vroegen me wat helpt als ik boos word. Muziek en naar buiten. Dat staat nu in mijn plan.', 'They asked me what helps when I get angry. Music and going outside. That’s in my plan now.'],
  ['q-2026-10-02', 'parent', 'matching-en-plaatsing', '2026-10-13', 'uitval', 'De hulp stopte op zijn achttiende verjaardag. Alsof er die dag iets veranderd was.', 'The help stopped on his eighteenth birthday. As if something had changed that day.'],
  ['q-2026-10-03', 'professional', 'individueel-maatwerk', '2026-10-21', undefined, 'De cijfers bespreken met het team voelde eerst als controle. Nu is het ons vaste leermoment.', 'Discussing the figures with the team felt like being checked at first. Now it is our regular moment to learn.'],
  ['q-2026-11-01', 'youth', 'individueel-maatwerk', '2026-11-04', 'doelrealisatie', 'Mijn doel was niet "minder ruzie", mijn doel was mijn diploma halen. Dat is gelukt.', 'My goal wasn’t "fewer arguments", my goal was getting my diploma. I did it.'],
  ['q-2026-11-02', 'professional', 'gedwongen-afzonderen', '2026-11-12', undefined, 'Nul afzonderingen lukt niet met invalkrachten die de jongeren niet kennen.', 'Zero seclusions doesn’t work with temporary staff who don’t know the young people.'],
].map(([id, role, topic, date, indicator, nl, en]) => ({ id, text: { nl, en }, role, topic, date, ...(indicator ? { indicator } : {}) }));
// A parent who answered in Arabic; the original comes first, a translation in brackets. For right-to-left testing.
quotes.push({
  id: 'q-2026-11-03',
  text: {
    nl: 'ساعدونا حين لم نعد نعرف ماذا نفعل. (Vertaald uit het Arabisch: Ze hielpen ons toen we niet meer wisten wat we moesten doen.)',
    en: 'ساعدونا حين لم نعد نعرف ماذا نفعل. (Translated from Arabic: They helped us when we no longer knew what to do.)',
  },
  role: 'parent',
  topic: 'individueel-maatwerk',
  date: '2026-11-18',
});

// Spotlights: the theme of the month.
const spotlights = [
  {
    id: 'thema-2026-08',
    month: '2026-08',
    topic: 'matching-en-plaatsing',
    title: { nl: 'De juiste plek, de eerste keer', en: 'The right place, the first time' },
    summary: {
      nl: [
        'In augustus staat matching en plaatsing centraal. Jongeren in het panel vertellen hoe vaak ze moesten verhuizen voordat ze op een plek kwamen die paste, en wat dat met hen deed.',
        'Minder dan een derde van de panelleden vindt dat de eerste plek meteen de goede was. Professionals noemen vooral het gebrek aan passende plekken in de eigen regio.',
      ],
      en: [
        'In August the theme is matching and placement. Young people in the panel tell how often they had to move before they came to a place that fitted, and what that did to them.',
        'Fewer than a third of panel members think the first place was the right one straight away. Professionals mainly point to the lack of suitable places in their own region.',
      ],
    },
    insights: [
      T('Jongeren noemen een vaste begeleider belangrijker dan de plek zelf.', 'Young people rate a steady support worker as more important than the place itself.'),
      T('Ouders willen bij een overplaatsing vooraf betrokken worden, niet achteraf geïnformeerd.', 'Parents want to be involved before a transfer, not informed afterwards.'),
      T('Professionals zien dat wachten op een plek vaak leidt tot een crisisplaatsing die niet past.', 'Professionals see that waiting for a place often leads to a crisis placement that does not fit.'),
    ],
    indicators: ['uitval'],
    resources: [
      { kind: 'podcast', title: T('Podcast: Alweer verhuizen', 'Podcast: Moving again'), url: 'https://www.stroomop.nl/podcast/alweer-verhuizen', duration: 'PT32M', date: '2026-08-06', publisher: 'StroomOP Monitor' },
      { kind: 'talk', title: T('Lezing: Matchen op relatie, niet op product', 'Talk: Matching on relationships, not products'), url: 'https://www.nji.nl/evenementen/lezing-matchen-op-relatie', duration: 'PT18M', publisher: 'Nederlands Jeugdinstituut' },
      { kind: 'publication', title: T('Factsheet: overplaatsingen in de jeugdhulp', 'Fact sheet: transfers in youth care'), url: 'https://www.nji.nl/publicaties/factsheet-overplaatsingen', date: '2026-05-12', publisher: 'Nederlands Jeugdinstituut' },
      { kind: 'video', title: T('Video: drie jongeren over hun eerste plek', 'Video: three young people on their first placement'), url: 'https://www.stroomop.nl/video/eerste-plek', duration: 'PT6M40S', publisher: 'StroomOP Monitor' },
      { kind: 'event', title: T('Meeluistersessie: duiding matching en plaatsing', 'Listen-in session: interpreting matching and placement'), url: 'https://www.stroomop.nl/agenda/meeluisteren-matching', duration: 'PT30M', date: '2026-08-27', publisher: 'StroomOP Monitor', description: T('Luister 30 minuten mee terwijl de expertraad de cijfers duidt. Online, zonder camera.', 'Listen in for 30 minutes while the expert council interprets the figures. Online, no camera.') },
    ],
  },
  {
    id: 'thema-2026-09',
    month: '2026-09',
    topic: 'suicidepreventie',
    title: { nl: 'Praten over zelfdoding: wat helpt jongeren echt?', en: 'Talking about suicide: what really helps young people?' },
    summary: {
      nl: [
        'Rond Wereld Suïcidepreventiedag (10 september) vroegen we het panel wat helpt als het echt niet goed gaat. Het antwoord dat het vaakst terugkwam: iemand die de vraag durft te stellen en daarna blijft.',
        'Denk je aan zelfdoding? Praat erover, bijvoorbeeld met 113 Zelfmoordpreventie: bel 113 of 0800-0113 (gratis) of chat via 113.nl.',
      ],
      en: [
        'Around World Suicide Prevention Day (10 September) we asked the panel what helps when things are really bad. The answer that came back most often: someone who dares to ask the question and then stays.',
        'Are you thinking about suicide? Talk about it, for example with 113 Suicide Prevention: call 113 or 0800-0113 (free) or chat via 113.nl.',
      ],
    },
    insights: [
      T('Bijna drie kwart van de professionals in het panel weet bij wie je ’s avonds en in het weekend terecht kunt; van de jongeren en ouders weet minder dan de helft het.', 'Nearly three quarters of the professionals in the panel know where to turn in the evening and at weekends; fewer than half of the young people and parents do.'),
      T('Jongeren met een veiligheidsplan noemen het vooral nuttig als ze het zelf hebben opgeschreven.', 'Young people with a safety plan find it most useful when they wrote it themselves.'),
      T('Ouders willen weten wat ze kunnen doen, niet alleen wat ze moeten signaleren.', 'Parents want to know what they can do, not only what signs to look for.'),
    ],
    indicators: ['veiligheidsplan'],
    resources: [
      { kind: 'podcast', title: T('Podcast: De vraag durven stellen', 'Podcast: Daring to ask the question'), url: 'https://www.stroomop.nl/podcast/de-vraag-durven-stellen', duration: 'PT41M', date: '2026-09-08', publisher: 'StroomOP Monitor' },
      { kind: 'talk', title: T('Lezing: Veiligheidsplannen die jongeren zelf maken', 'Talk: Safety plans young people make themselves'), url: 'https://www.113.nl/lezingen/veiligheidsplan-jongeren', duration: 'PT22M', publisher: '113 Zelfmoordpreventie' },
      { kind: 'publication', title: T('Handreiking suïcidepreventie in de jeugdhulp', 'Guide to suicide prevention in youth care'), url: 'https://www.113.nl/publicaties/handreiking-jeugdhulp', date: '2026-03-02', publisher: '113 Zelfmoordpreventie' },
      { kind: 'video', title: T('Video: een moeder over de nacht dat ze niemand kon bereiken', 'Video: a mother on the night she could reach no one'), url: 'https://www.stroomop.nl/video/niemand-bereikbaar', duration: 'PT4M15S', publisher: 'StroomOP Monitor' },
      { kind: 'event', title: T('Webinar: het gesprek over zelfdoding op de groep', 'Webinar: talking about suicide on the group'), url: 'https://www.kenniscentrum-kjp.nl/agenda/webinar-suicidepreventie', duration: 'PT1H', date: '2026-09-24', publisher: 'Kenniscentrum Kinder- en Jeugdpsychiatrie' },
    ],
  },
  {
    id: 'thema-2026-10',
    month: '2026-10',
    topic: 'gedwongen-afzonderen',
    title: { nl: 'Naar nul afzonderingen: waar staan we?', en: 'Towards zero seclusions: where are we?' },
    summary: {
      nl: [
        'Het aantal afzonderingen daalt al jaren, maar nul is nog ver weg. In oktober kijken we met jongeren, ouders en teams naar wat werkt en waar het vastloopt.',
        'Ruim twee derde van de jongeren in het panel vindt dat afzonderen helemaal moet verdwijnen. Professionals zijn verdeelder: ze willen het ook, maar zien dat het zonder extra mensen op de groep niet lukt.',
      ],
      en: [
        'The number of seclusions has been falling for years, but zero is still far away. In October we look with young people, parents and teams at what works and where it gets stuck.',
        'More than two thirds of the young people in the panel think seclusion should disappear altogether. Professionals are more divided: they want it too, but see that it cannot be done without more staff on the group.',
      ],
    },
    insights: [
      T('Teams met vaste koppels op de groep zonderen het minst af.', 'Teams working in fixed pairs on the group seclude the least.'),
      T('Jongeren vragen om een rustige ruimte waar ze zelf heen mogen, niet worden heengebracht.', 'Young people ask for a quiet room they may go to themselves rather than be taken to.'),
    ],
    indicators: ['afzonderingen'],
    resources: [
      { kind: 'podcast', title: T('Podcast: Een jaar zonder afzonderingskamer', 'Podcast: A year without a seclusion room'), url: 'https://www.stroomop.nl/podcast/jaar-zonder-afzonderingskamer', duration: 'PT28M', date: '2026-10-07', publisher: 'StroomOP Monitor' },
      { kind: 'talk', title: T('Lezing: Wat teams leerden van het terugdringen van dwang', 'Talk: What teams learned from reducing coercion'), url: 'https://www.nji.nl/evenementen/lezing-terugdringen-dwang', duration: 'PT25M', publisher: 'Nederlands Jeugdinstituut' },
      { kind: 'publication', title: T('Rapport: dwang en drang in de gesloten jeugdhulp', 'Report: coercion in closed youth care'), url: 'https://www.nji.nl/publicaties/dwang-en-drang-gesloten-jeugdhulp', date: '2026-02-20', publisher: 'Nederlands Jeugdinstituut' },
      { kind: 'video', title: T('Video: een groepsleider over de-escaleren', 'Video: a group worker on de-escalation'), url: 'https://www.stroomop.nl/video/de-escaleren', duration: 'PT7M05S', publisher: 'StroomOP Monitor' },
      { kind: 'event', title: T('Meeluistersessie: duiding afzonderingen', 'Listen-in session: interpreting seclusion figures'), url: 'https://www.stroomop.nl/agenda/meeluisteren-afzonderen', duration: 'PT30M', date: '2026-10-29', publisher: 'StroomOP Monitor' },
    ],
  },
  {
    id: 'thema-2026-11',
    month: '2026-11',
    topic: 'individueel-maatwerk',
    title: { nl: 'Maatwerk: hulp die past, ook buiten de hokjes', en: 'Tailored care: help that fits, even outside the boxes' },
    summary: {
      nl: [
        'Maatwerk klinkt vanzelfsprekend, maar in de praktijk bepalen contracten en producten vaak welke hulp er komt. In november vragen we: wanneer paste de hulp echt, en wat maakte dat mogelijk?',
        'Vier à vijf op de tien jongeren en ouders in het panel vinden dat de hulp paste bij wat nodig was. Professionals denken er ongeveer hetzelfde over, en noemen de administratie rond maatwerk een grote drempel.',
      ],
      en: [
        'Tailored care sounds obvious, but in practice contracts and products often decide which help is given. In November we ask: when did the help really fit, and what made that possible?',
        'Four to five in ten young people and parents in the panel think the help matched what was needed. Professionals think much the same, and name the paperwork around tailored care as a major hurdle.',
      ],
    },
    insights: [
      T('Maatwerk zit volgens jongeren vaak in kleine dingen: tijdstip, plek, dezelfde persoon.', 'According to young people, tailoring is often in small things: time, place, the same person.'),
      T('Ouders missen één plan voor het hele gezin.', 'Parents miss one plan for the whole family.'),
      T('Professionals besteden naar eigen zeggen een dag per maand aan het verantwoorden van maatwerk.', 'Professionals say they spend a day a month justifying tailored care.'),
    ],
    indicators: ['tevredenheid', 'doelrealisatie'],
    resources: [
      { kind: 'podcast', title: T('Podcast: Eén gezin, één plan', 'Podcast: One family, one plan'), url: 'https://www.stroomop.nl/podcast/een-gezin-een-plan', duration: 'PT35M', date: '2026-11-04', publisher: 'StroomOP Monitor' },
      { kind: 'talk', title: T('Lezing: Maatwerk organiseren zonder extra regels', 'Talk: Organising tailored care without extra rules'), url: 'https://www.nji.nl/evenementen/lezing-maatwerk-organiseren', duration: 'PT20M', publisher: 'Nederlands Jeugdinstituut' },
      { kind: 'publication', title: T('Geharmoniseerde outcome-set: handreiking voor gemeenten', 'Harmonised outcome set: a guide for municipalities'), url: 'https://www.nji.nl/publicaties/handreiking-outcome-set-gemeenten', date: '2025-10-01', publisher: 'Nederlands Jeugdinstituut' },
      { kind: 'video', title: T('Video: een vader over de hulp die eindelijk paste', 'Video: a father on the help that finally fitted'), url: 'https://www.stroomop.nl/video/hulp-die-paste', duration: 'PT5M30S', publisher: 'StroomOP Monitor' },
      {
        kind: 'event',
        title: T('Leertafel maatwerk voor gemeenten en aanbieders', 'Learning table on tailored care for municipalities and providers'),
        url: 'https://www.stroomop.nl/agenda/leertafel-maatwerk',
        duration: 'PT2H30M',
        date: '2026-11-26',
        publisher: 'StroomOP Monitor',
        description: T('Een middag met jongeren, ouders, professionals en beleidsmakers over de vraag wanneer we tevreden zijn.', 'An afternoon with young people, parents, professionals and policy makers on the question of when we are satisfied.'),
      },
    ],
  },
];

// Narratives: video stories next to the figures.
// The self-hosted clip is a silent placeholder; its captions carry what the speaker says.
const YOUTH_CUES = [
  [0, 4, 'Ik was vijftien toen ik voor het eerst uit huis werd geplaatst.', 'I was fifteen when I was first placed away from home.'],
  [4, 8, 'In twee jaar heb ik op drie verschillende groepen gewoond.', 'In two years I lived on three different groups.'],
  [8, 12, 'Elke keer moest ik mijn verhaal opnieuw vertellen. Op een gegeven moment deed ik dat niet meer.', 'Every time I had to tell my story again. At some point I stopped doing that.'],
  [12, 16, 'Op de laatste plek bleef mijn mentor dezelfde, ook toen ik naar een kamertraining ging.', 'At the last place my mentor stayed the same, even when I moved to supported living.'],
  [16, 20, 'Dat maakte het verschil.', 'That made the difference.'],
  [20, 24, 'Kijk niet alleen of er een bed vrij is. Kijk of het klikt.', 'Don’t just look at whether a bed is free. Look at whether it clicks.'],
];
const stamp = (seconds) => `00:00:${String(seconds).padStart(2, '0')}.000`;
const vtt = (lang) =>
  `WEBVTT - ${lang === 'nl' ? 'Ondertiteling: Eindelijk iemand die bleef (voorbeeldvideo)' : 'Captions: Finally someone who stayed (sample video)'}\n\n` +
  YOUTH_CUES.map(([from, to, nl, en], i) => `${i + 1}\n${stamp(from)} --> ${stamp(to)}\n${lang === 'nl' ? nl : en}\n`).join('\n');

const narratives = [
  {
    id: 'verhaal-jongere-eindelijk-iemand-die-bleef',
    title: { nl: 'Eindelijk iemand die bleef', en: 'Finally someone who stayed' },
    role: 'youth',
    topic: 'matching-en-plaatsing',
    indicators: ['uitval', 'tevredenheid'],
    video: {
      kind: 'file',
      src: './media/verhaal-jongere.webm',
      type: 'video/webm',
      captions: [
        { src: './media/verhaal-jongere.nl.vtt', lang: 'nl', label: 'Nederlands' },
        { src: './media/verhaal-jongere.en.vtt', lang: 'en', label: 'English' },
      ],
    },
    poster: './media/poster-jongere.svg',
    posterAlt: T('Stilstaand beeld: blauwgroene achtergrond met de tekst "Eindelijk iemand die bleef".', 'Still image: blue-green background with the words "Finally someone who stayed".'),
    duration: 'PT24S',
    transcript: {
      nl: [YOUTH_CUES.slice(0, 2).map((c) => c[2]).join(' '), YOUTH_CUES.slice(2, 3).map((c) => c[2]).join(' '), YOUTH_CUES.slice(3, 5).map((c) => c[2]).join(' '), YOUTH_CUES[5][2]],
      en: [YOUTH_CUES.slice(0, 2).map((c) => c[3]).join(' '), YOUTH_CUES.slice(2, 3).map((c) => c[3]).join(' '), YOUTH_CUES.slice(3, 5).map((c) => c[3]).join(' '), YOUTH_CUES[5][3]],
    },
    date: '2026-08-12',
  },
  {
    id: 'verhaal-ouder-niemand-bereikbaar',
    title: { nl: 'De nacht dat we niemand konden bereiken', en: 'The night we could reach no one' },
    role: 'parent',
    topic: 'suicidepreventie',
    indicators: ['veiligheidsplan'],
    video: { kind: 'youtube', id: 'Xq3vN7kLp2A' },
    poster: './media/poster-ouder.svg',
    posterAlt: T('Tekening van een keukentafel met twee koffiekopjes bij lamplicht.', 'Drawing of a kitchen table with two coffee cups under lamplight.'),
    duration: 'PT4M15S',
    transcript: {
      nl: [
        'Onze dochter was zestien. Op een zaterdagavond zei ze dat ze niet meer wilde leven. We wisten niet wie we moesten bellen: de hulpverlener was er pas maandag weer.',
        'Uiteindelijk belden we de huisartsenpost. Die verwees ons door naar de crisisdienst, en daar hebben ze ons die nacht geholpen. Maar die uren van niet weten, die vergeet ik nooit.',
        'Nu heeft ze een veiligheidsplan dat ze zelf heeft geschreven, en daar staan ook wij in: wat wij kunnen doen, en wie we kunnen bellen, ook in het weekend.',
        'Mijn advies aan andere ouders: vraag het gewoon. Je brengt je kind niet op een idee door erover te praten. Je laat zien dat je het aankunt.',
      ],
      en: [
        'Our daughter was sixteen. One Saturday evening she said she no longer wanted to live. We didn’t know whom to call: her professional wouldn’t be back until Monday.',
        'In the end we called the out-of-hours GP service. They referred us to the crisis service, and they helped us that night. But those hours of not knowing, I will never forget them.',
        'Now she has a safety plan she wrote herself, and we are in it too: what we can do, and whom we can call, also at weekends.',
        'My advice to other parents: just ask. You don’t give your child the idea by talking about it. You show that you can handle it.',
      ],
    },
    date: '2026-09-10',
  },
  {
    id: 'verhaal-professional-minder-afzonderen',
    title: { nl: 'Minder afzonderen: wat er op onze groep veranderde', en: 'Less seclusion: what changed on our group' },
    role: 'professional',
    topic: 'gedwongen-afzonderen',
    indicators: ['afzonderingen'],
    video: { kind: 'vimeo', id: '918273645' },
    poster: './media/poster-professional.svg',
    posterAlt: T('Getekende woonkamer van een leefgroep met een bank, planten en een open deur naar de tuin.', 'Drawing of a group home living room with a sofa, plants and an open door to the garden.'),
    duration: 'PT7M05S',
    transcript: {
      nl: [
        'Ik werk twaalf jaar in de gesloten jeugdhulp. Vroeger zonderden we af als het escaleerde; dat was gewoon hoe het ging.',
        'Drie jaar geleden zijn we begonnen met vaste koppels op de groep en met een eigen plan voor iedere jongere: wat helpt jou als het misgaat? Het eerste jaar ging het aantal afzonderingen nauwelijks omlaag.',
        'Het tweede jaar wel. Niet door één maatregel, maar doordat we elkaar gingen aanspreken en elke afzondering samen met de jongere nabespraken.',
        'Nul halen we nog niet. Bij ziekte en invallers gaat het mis. Dat vertel ik er eerlijk bij.',
      ],
      en: [
        'I have worked in closed youth care for twelve years. We used to seclude when things escalated; that was just how it went.',
        'Three years ago we started working in fixed pairs on the group and with a personal plan for every young person: what helps you when things go wrong? In the first year the number of seclusions hardly went down.',
        'In the second year it did. Not because of one measure, but because we started holding each other to account and talked every seclusion through with the young person afterwards.',
        'We have not reached zero yet. With sickness and temporary staff it goes wrong. I say that honestly.',
      ],
    },
    date: '2026-10-15',
  },
];

const nationaal = {
  $schema: SCHEMA_FROM_DATA,
  formatVersion: FORMAT_VERSION,
  meta: {
    title: { nl: 'StroomOP Monitor – landelijk (voorbeeldgegevens)', en: 'StroomOP Monitor – national (sample data)' },
    description: {
      nl: 'Voorbeeldgegevens om de elementen te laten zien: alle cijfers, citaten en verhalen zijn verzonnen, behalve het landelijke CBS-cijfer over 2023 (474 duizend jongeren met jeugdhulp, 10,6%). De nummers van de jeugdregio’s zijn ter illustratie.',
      en: 'Sample data to demonstrate the elements: all figures, quotes and stories are made up, except the national CBS figure for 2023 (474 thousand youths in youth care, 10.6%). The youth-care region numbers are illustrative.',
    },
    publisher: { name: 'StroomOP Monitor (voorbeeld)', url: 'https://www.stroomop.nl' },
    published: '2026-06-24',
    language: 'nl',
    license: 'CC-BY-4.0',
    audience: 'public',
    area: 'NL01',
    release: '2026-06',
    privacyThreshold: 10,
    illustrative: true,
    contact: 'https://www.stroomop.nl/contact',
  },
  topics,
  areas: [NATIONAL, ...provinces, ...regions, ...municipalities],
  breakdowns,
  indicators,
  observations: nationalObservations,
  panelStatements,
  interpretations,
  quotes,
  spotlights,
  narratives,
};

// ---------------------------------------------------------------------------
// The region's own document: Zuidoost Utrecht.

function waitingListObservations() {
  const quarters = ['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'];
  const levels = walk('JZ19:wachtlijst', quarters.length, { start: 212, drift: -9, sd: 11, min: 60 });
  return quarters.map((period, i) => ({
    indicator: 'wachtlijst-specialistisch',
    area: 'JZ19',
    period,
    value: Math.round(levels[i]),
    status: period >= '2024-Q3' ? 'provisional' : 'final',
  }));
}

const regionalObservations = [
  ...regionalMunicipalities.flatMap((area) => [...outcomeObservations(area.code, LOCAL_YEARS), ...careUseObservations(area.code, careRows[area.code])]),
  ...waitingListObservations(),
  // Zeist and the region itself are in the national document; here only the region's own care-process figures.
  ...ratingObservations('JZ19', ['2022', '2023', '2024'], 7.52),
];
const regionValue = (indicator, area, period) => [...regionalObservations, ...nationalObservations].find((o) => o.indicator === indicator && o.area === area && o.period === period && !o.breakdown)?.value;
const r2024 = regionValue('uitval', 'JZ19', '2024');
const r2020 = regionValue('uitval', 'JZ19', '2020');
const rNL = regionValue('uitval', 'NL01', '2024');
const rBunnik = regionValue('uitval', 'GM0312', '2024');
const wl = waitingListObservations();
claim(inside(regionalObservations.concat(nationalObservations).find((o) => o.indicator === 'uitval' && o.area === 'JZ19' && o.period === '2024'), rNL), 'regional dropout within the margin of the national figure');
claim(wl[wl.length - 1].value < wl[0].value, 'the waiting list shrank');

const regionaal = {
  $schema: SCHEMA_FROM_DATA,
  formatVersion: FORMAT_VERSION,
  meta: {
    title: { nl: 'Jeugdregio Zuidoost Utrecht – regionale monitor (voorbeeldgegevens)', en: 'Youth-care region Zuidoost Utrecht – regional monitor (sample data)' },
    description: {
      nl: 'De eigen cijfers van de jeugdregio, te lezen samen met het landelijke bestand (nationaal.json): gebieden en indicatoren die hier niet staan, komen daaruit. Voorbeeldgegevens.',
      en: 'The region’s own figures, to be read together with the national file (nationaal.json): areas and indicators not defined here come from there. Sample data.',
    },
    publisher: { name: 'Jeugdregio Zuidoost Utrecht (voorbeeld)' },
    published: '2026-09-15',
    language: 'nl',
    license: 'CC-BY-4.0',
    audience: 'public',
    area: 'JZ19',
    release: '2026-09',
    privacyThreshold: 10,
    illustrative: true,
  },
  areas: regionalMunicipalities,
  indicators: [
    {
      id: 'wachtlijst-specialistisch',
      title: { nl: 'Jongeren op de wachtlijst voor specialistische jeugdhulp', en: 'Young people on the waiting list for specialist youth care' },
      description: {
        nl: 'Aantal jongeren dat op de laatste dag van het kwartaal langer dan negen weken wachtte op specialistische jeugdhulp.',
        en: 'Number of young people who, on the last day of the quarter, had been waiting longer than nine weeks for specialist youth care.',
      },
      unit: 'count',
      decimals: 0,
      polarity: 'lower-is-better',
      topics: ['matching-en-plaatsing'],
      sources: [
        {
          producer: 'other',
          name: 'Regionaal inkoopbureau Zuidoost Utrecht (fictief)',
          published: '2026-09-01',
          method: { nl: 'Opgave van de gecontracteerde aanbieders per kwartaal; jongeren die bij meer aanbieders wachten, tellen één keer.', en: 'Reported by the contracted providers each quarter; young people waiting with several providers count once.' },
        },
      ],
      nextUpdate: '2026-12',
    },
  ],
  observations: regionalObservations,
  interpretations: [
    {
      id: 'duiding-regio-zou-uitval-2024',
      indicator: 'uitval',
      area: 'JZ19',
      periods: LOCAL_YEARS,
      title: { nl: 'Uitval in Zuidoost Utrecht: kleine aantallen, voorzichtig lezen', en: 'Dropout in Zuidoost Utrecht: small numbers, read with care' },
      body: {
        nl: [
          `In de regio was de uitval in 2024 ${pctNl(r2024)} (voorlopig), tegen ${pctNl(r2020)} in 2020. Landelijk was dat ${pctNl(rNL)}. Het verschil met het landelijke cijfer valt grotendeels binnen de onzekerheidsmarge.`,
          `Per gemeente zijn de aantallen klein. In Bunnik gaat het om enkele tientallen trajecten per jaar; een uitval van ${pctNl(rBunnik)} betekent daar een handvol jongeren. Bespreek zulke cijfers daarom altijd met de teams die deze jongeren kennen, en niet als ranglijst van gemeenten.`,
          `De wachtlijst voor specialistische hulp is in twee jaar gekrompen van ${wl[0].value} naar ${wl[wl.length - 1].value} jongeren. Of dat tot minder uitval leidt, kunnen we pas over een jaar zien.`,
        ],
        en: [
          `In the region dropout was ${pctEn(r2024)} in 2024 (provisional), against ${pctEn(r2020)} in 2020. Nationally it was ${pctEn(rNL)}. The difference with the national figure lies largely within the margin of uncertainty.`,
          `Per municipality the numbers are small. In Bunnik it is a few dozen trajectories a year; a dropout of ${pctEn(rBunnik)} there means a handful of young people. Always discuss such figures with the teams who know these young people, and never as a ranking of municipalities.`,
          `The waiting list for specialist help shrank in two years from ${wl[0].value} to ${wl[wl.length - 1].value} young people. Whether that leads to less dropout we can only see in a year.`,
        ],
      },
      authors: ['Regionaal duidingsoverleg Zuidoost Utrecht'],
      date: '2026-09-10',
      writtenFor: { release: '2026-09', latestPeriod: '2024' },
      perspectives: [
        { role: 'youth', text: 'In een kleine gemeente kent iedereen elkaar. Dat maakt het fijn, maar ook lastig om eerlijk te zeggen dat de hulp niet werkt.' },
        { role: 'professional', text: 'Wij bespreken elke uitval in het team. Bij de helft bleek achteraf dat de jongere naar school of werk ging en geen hulp meer wilde.' },
        { role: 'policy', text: 'We gebruiken deze cijfers in het gesprek met aanbieders, niet om af te rekenen. Dat hebben we ook zo in de contracten gezet.' },
      ],
      questions: [T('Herken je dit in jouw gemeente?', 'Do you recognise this in your municipality?'), T('Wat wil je veranderen?', 'What would you like to change?')],
      actions: [
        { id: 'actie-regio-wachtlijstbeheer', text: 'Eén regionale wachtlijst met een contactpersoon voor elk wachtend gezin.', status: 'done', expected: '2024-06', owner: 'Regionaal inkoopbureau Zuidoost Utrecht' },
        { id: 'actie-regio-18min-18plus', text: 'Afspraken met de volwassenen-ggz over jongeren die 18 worden.', status: 'in-progress', expected: '2027-Q1', owner: 'Gemeenten Zuidoost Utrecht en aanbieders' },
      ],
    },
  ],
  quotes: [
    { id: 'q-regio-zou-01', text: { nl: 'In ons dorp is de hulp dichtbij, maar de specialistische hulp zit in de stad. Die reis is voor een twaalfjarige te veel.', en: 'In our village help is close by, but specialist help is in the city. That journey is too much for a twelve-year-old.' }, role: 'parent', topic: 'matching-en-plaatsing', date: '2026-09-02' },
    { id: 'q-regio-zou-02', text: { nl: 'Sinds de wachtlijst één contactpersoon heeft, weten gezinnen tenminste waar ze aan toe zijn.', en: 'Since the waiting list has one contact person, families at least know where they stand.' }, role: 'professional', topic: 'matching-en-plaatsing', date: '2026-09-09' },
    { id: 'q-regio-zou-03', text: { nl: 'Ik mocht zelf kiezen of de gesprekken thuis of op school waren. Dat klinkt klein, maar het hielp.', en: 'I could choose whether the sessions were at home or at school. That sounds small, but it helped.' }, role: 'youth', topic: 'individueel-maatwerk', date: '2026-09-12' },
  ],
};

// ---------------------------------------------------------------------------
// The provider's own document: Jeugdhulp De Kompas (fictief).

const SUPPRESSED_REASON = T('minder dan 10 cliënten', 'fewer than 10 clients');
const TEAM_SIZE = {
  'dekompas-ambulant': { 2022: 128, 2023: 141, 2024: 152 },
  'dekompas-gezin': { 2022: 54, 2023: 61, 2024: 58 },
  'dekompas-16plus': { 2022: 13, 2023: 9, 2024: 7 },
};
const TEAM_LEVELS = {
  'dekompas-ambulant': { uitval: 11.2, tevredenheid: 81.5, doelrealisatie: 72.4, respons: 47 },
  'dekompas-gezin': { uitval: 13.9, tevredenheid: 77.2, doelrealisatie: 69.1, respons: 52 },
  'dekompas-16plus': { uitval: 24.0, tevredenheid: 70.0, doelrealisatie: 58.0, respons: 40 },
};
const ORG_YEARS = ['2022', '2023', '2024'];
const ORG_SHARE = { uitval: 1, tevredenheid: 0.55, doelrealisatie: 0.9 };

function suppressed(indicator, area, period, extra = {}) {
  return { indicator, area, period, value: null, status: 'suppressed', statusReason: SUPPRESSED_REASON, ...extra };
}

const orgCounts = {}; // [indicator][year] -> {x, n}, summed over teams
const teamObservations = [];
for (const [team, sizes] of Object.entries(TEAM_SIZE)) {
  for (const indicator of ['uitval', 'tevredenheid', 'doelrealisatie', 'respons-eindvragenlijst']) {
    const key = indicator === 'respons-eindvragenlijst' ? 'respons' : indicator;
    const drift = key === 'respons' ? 6.5 : key === 'uitval' ? -0.6 : 0.8;
    const levels = walk(`${team}:${indicator}`, ORG_YEARS.length, { start: TEAM_LEVELS[team][key], drift, sd: 1.4, min: 2, max: 98 });
    ORG_YEARS.forEach((year, i) => {
      const share = key === 'respons' ? 1 : ORG_SHARE[key];
      const n = Math.round(sizes[year] * share);
      const x = Math.round((n * levels[i]) / 100);
      orgCounts[indicator] ??= {};
      orgCounts[indicator][year] ??= { x: 0, n: 0 };
      orgCounts[indicator][year].x += x;
      orgCounts[indicator][year].n += n;
      // Satisfaction per team stays inside the organisation.
      const audience = indicator === 'tevredenheid' ? { audience: 'internal' } : {};
      if (n < 10) teamObservations.push(suppressed(indicator, team, year, audience));
      else {
        const observation = percentObservation(indicator, team, year, x, n, audience);
        teamObservations.push(observation);
      }
    });
  }
}
const orgObservations = [];
for (const indicator of ['uitval', 'tevredenheid', 'doelrealisatie', 'respons-eindvragenlijst']) {
  for (const year of ORG_YEARS) {
    const { x, n } = orgCounts[indicator][year];
    orgObservations.push(percentObservation(indicator, ORG, year, x, n));
  }
}
// Dropout in 2024 by age: the oldest group is too small to show.
{
  const { x, n } = orgCounts.uitval['2024'];
  const ns = [Math.round(n * 0.41), 0, 8];
  ns[1] = n - ns[0] - ns[2];
  const xs = [Math.round(ns[0] * 0.1), 0, 3];
  xs[1] = x - xs[0] - xs[2];
  orgObservations.push(percentObservation('uitval', ORG, '2024', xs[0], ns[0], { breakdown: { leeftijd: '0-11' } }));
  orgObservations.push(percentObservation('uitval', ORG, '2024', xs[1], ns[1], { breakdown: { leeftijd: '12-17' } }));
  orgObservations.push(suppressed('uitval', ORG, '2024', { breakdown: { leeftijd: '18-22' } }));
}
// De Kompas offers no closed youth care.
orgObservations.push({
  indicator: 'afzonderingen',
  area: ORG,
  period: '2024',
  value: null,
  status: 'not-applicable',
  statusReason: T('De Kompas biedt geen gesloten jeugdhulp; afzonderen komt hier niet voor.', 'De Kompas offers no closed youth care; seclusion does not occur here.'),
});
const ov = (indicator, area, year) => [...orgObservations, ...teamObservations].find((o) => o.indicator === indicator && o.area === area && o.period === year && !o.breakdown);
claim(['dekompas-ambulant', 'dekompas-gezin'].every((team) => inside(ov('uitval', team, '2024'), u2024)), 'team dropout within the margin of the national figure');
claim(ov('uitval', 'dekompas-ambulant', '2024').value < u2024 && ov('uitval', 'dekompas-gezin', '2024').value > u2024, 'Ambulant below, Gezin above the national figure');
claim(ov('respons-eindvragenlijst', ORG, '2024').value > ov('respons-eindvragenlijst', ORG, '2022').value + 5, 'response rose');

const organisatie = {
  $schema: SCHEMA_FROM_DATA,
  formatVersion: FORMAT_VERSION,
  meta: {
    title: { nl: 'Jeugdhulp De Kompas (fictief) – eigen cijfers (voorbeeldgegevens)', en: 'Jeugdhulp De Kompas (fictional) – own figures (sample data)' },
    description: {
      nl: 'Een verzonnen jeugdhulpaanbieder die zijn eigen uitkomsten deelt met het netwerk van de monitor; cijfers per team met minder dan 10 cliënten zijn onderdrukt. Te lezen samen met nationaal.json.',
      en: 'A made-up youth-care provider that shares its own outcomes with the monitor’s network; figures for teams with fewer than 10 clients are suppressed. To be read together with nationaal.json.',
    },
    publisher: { name: 'Jeugdhulp De Kompas (fictief)' },
    published: '2026-10-05',
    language: 'nl',
    license: 'https://www.stroomop.nl/voorwaarden/netwerk',
    audience: 'network',
    area: ORG,
    release: '2026-10',
    privacyThreshold: 10,
    illustrative: true,
  },
  areas: orgAreas,
  indicators: [
    {
      id: 'respons-eindvragenlijst',
      title: { nl: 'Respons op de eindvragenlijst', en: 'Response to the end-of-care questionnaire' },
      description: {
        nl: 'Percentage afgesloten trajecten waarbij de jongere of ouder de eindvragenlijst invulde.',
        en: 'Percentage of closed trajectories in which the young person or a parent filled in the end-of-care questionnaire.',
      },
      unit: 'percent',
      decimals: 0,
      polarity: 'higher-is-better',
      topics: ['individueel-maatwerk'],
      sources: [{ producer: 'provider', name: 'Jeugdhulp De Kompas (fictief)', published: '2026-10-01', method: { nl: 'Uit het cliëntdossier. Sinds 2023 werken de teams met een feedbacksysteem: een dashboard en een training in het bespreken van uitkomsten.', en: 'From the client record. Since 2023 the teams use a feedback system: a dashboard and training in discussing outcomes.' } }],
      nextUpdate: '2027-04',
    },
  ],
  observations: [...orgObservations, ...teamObservations],
  interpretations: [
    {
      id: 'duiding-dekompas-uitval-2024',
      indicator: 'uitval',
      area: ORG,
      periods: ORG_YEARS,
      title: { nl: 'Onze uitval: vooral bij jongeren boven de 16', en: 'Our dropout: mostly among young people over 16' },
      body: {
        nl: [
          `Bij De Kompas stopte in 2024 ${pctNl(ov('uitval', ORG, '2024').value)} van de trajecten voortijdig (voorlopig; landelijk ${pctNl(u2024)}). Team Ambulant zit iets onder het landelijke cijfer, Team Gezinsbehandeling iets erboven; bij deze aantallen vallen beide verschillen binnen de onzekerheidsmarge.`,
          'Bij Team 16+ zijn de aantallen te klein om een percentage te tonen. We weten wel dat de uitval daar hoger is; het team bespreekt elke beëindiging met de jongere en met de jongerenraad.',
          'We delen deze cijfers met de andere organisaties in de monitor om van elkaar te leren, niet om ons te vergelijken. Andere aanbieders met een 16+-team hebben ons al geholpen met hun aanpak van de overgang naar 18.',
        ],
        en: [
          `At De Kompas ${pctEn(ov('uitval', ORG, '2024').value)} of the trajectories in 2024 ended early (provisional; nationally ${pctEn(u2024)}). Team Ambulant is slightly below the national figure, Team Gezinsbehandeling slightly above; with these numbers both differences lie within the margin of uncertainty.`,
          'For Team 16+ the numbers are too small to show a percentage. We do know dropout is higher there; the team discusses every ending with the young person and with the youth council.',
          'We share these figures with the other organisations in the monitor to learn from each other, not to compare ourselves. Other providers with a 16+ team have already helped us with their approach to the transition at 18.',
        ],
      },
      authors: ['Kwaliteitsteam De Kompas', 'Jongerenraad De Kompas', 'Cliëntenraad De Kompas'],
      date: '2026-10-01',
      writtenFor: { release: '2026-10', latestPeriod: '2024' },
      perspectives: [
        { role: 'youth', text: 'Bij 16+ wil je zelf beslissen. Als de hulp dat niet ziet, ben je weg.' },
        { role: 'professional', text: 'Met het dashboard bespreken we de cijfers elk kwartaal. De respons op de vragenlijst is sindsdien flink gestegen.' },
      ],
      questions: [T('Herken je dit?', 'Do you recognise this?'), T('Wat wil je veranderen?', 'What would you like to change?')],
      actions: [
        { id: 'actie-dk-feedbacksysteem', text: 'Alle teams werken met het feedbacksysteem (dashboard en training).', status: 'done', expected: '2023-09', owner: 'Kwaliteitsteam De Kompas' },
        { id: 'actie-dk-16plus-maatje', text: 'Een ervaringsdeskundige als maatje voor jongeren in Team 16+.', status: 'in-progress', expected: '2027-H1', owner: 'Team 16+ Heuvelrug' },
      ],
    },
    {
      id: 'duiding-dekompas-respons-intern',
      indicator: 'respons-eindvragenlijst',
      area: ORG,
      periods: ORG_YEARS,
      title: 'Respons per team: bespreekpunten voor het teamoverleg',
      body: [
        `De respons steeg van ${pctNl(ov('respons-eindvragenlijst', ORG, '2022').value)} in 2022 naar ${pctNl(ov('respons-eindvragenlijst', ORG, '2024').value)} in 2024, sinds de teams met het dashboard werken. Dat past bij wat ander onderzoek laat zien: teams met een feedbacksysteem halen een hogere respons.`,
        'Team Gezinsbehandeling vraagt de vragenlijst in het laatste gesprek in te vullen; Team Ambulant stuurt een link na afloop. Het teamoverleg van december bespreekt welke aanpak we overal invoeren.',
      ],
      authors: ['Kwaliteitsteam De Kompas'],
      date: '2026-10-01',
      writtenFor: { release: '2026-10', latestPeriod: '2024' },
      audience: 'internal',
      actions: [
        {
          id: 'actie-dk-sms-herinnering',
          text: 'Een sms-herinnering na twee weken.',
          status: 'stopped',
          owner: 'Team Ambulant Zeist',
          note: 'Gestopt: de respons steeg niet en ouders vonden het opdringerig.',
        },
      ],
    },
  ],
  quotes: [
    { id: 'q-dk-01', text: { nl: 'De vragenlijst invullen in het laatste gesprek voelde als een afsluiting, niet als een formulier.', en: 'Filling in the questionnaire in the last session felt like closure, not like a form.' }, role: 'parent', topic: 'individueel-maatwerk', date: '2026-09-22' },
    { id: 'q-dk-02', text: 'Het dashboard laat ons zien wat we al wisten, maar nu kunnen we het er samen over hebben.', role: 'professional', topic: 'individueel-maatwerk', date: '2026-09-29', audience: 'internal' },
  ],
};

// ---------------------------------------------------------------------------
// Broken documents, one per kind of error. Each is valid except for its one fault.

function minimal(overrides = {}, observation = {}) {
  return {
    $schema: SCHEMA_FROM_INVALID,
    formatVersion: FORMAT_VERSION,
    meta: {
      title: 'Kapot voorbeeld (voorbeeldgegevens)',
      publisher: { name: 'StroomOP Monitor (voorbeeld)' },
      published: '2026-11-22',
      language: 'nl',
      license: 'CC-BY-4.0',
      audience: 'public',
      area: 'GM0344',
      illustrative: true,
    },
    areas: [
      { code: 'NL01', name: 'Nederland', level: 'national', cbsCode: 'NL01' },
      { code: 'JZ18', name: 'Utrecht Stad', level: 'youth-care-region', parent: 'NL01' },
      { code: 'GM0344', name: 'Utrecht', level: 'municipality', parent: 'JZ18', cbsCode: 'GM0344' },
    ],
    indicators: [indicators[0]],
    topics: topics.filter((t) => indicators[0].topics.includes(t.id)),
    observations: [{ indicator: 'uitval', area: 'GM0344', period: '2024', value: 12.5, n: 240, numerator: 30, denominator: 240, status: 'provisional', ...observation }],
    ...overrides,
  };
}
const invalid = {
  // Malformed JSON: the document stops halfway (text, see below).
  'wrong-type.json': minimal({}, { value: '12,5' }),
  'unknown-reference.json': minimal({}, { indicator: 'uitvall', area: 'GM9999' }),
  'unknown-major-version.json': { ...minimal(), formatVersion: '2.0' },
  'suppressed-value-present.json': minimal({}, { value: 33.3, n: undefined, numerator: undefined, denominator: undefined, status: 'suppressed', statusReason: 'minder dan 10 cliënten' }),
  'n-below-threshold.json': minimal({}, { value: 33.3, n: 6, numerator: 2, denominator: 6 }),
  'ci-outside-value.json': minimal({}, { ci: { lower: 13.1, upper: 17.4, level: 0.95 } }),
  'bad-period.json': minimal({}, { period: '2024-H3' }),
  'duplicate-id.json': minimal({ indicators: [indicators[0], { ...indicators[0], title: { nl: 'Uitval (dubbel)' } }] }),
  'missing-required.json': (() => {
    const document = minimal();
    delete document.meta.publisher;
    return document;
  })(),
};
const malformed = `${JSON.stringify(minimal(), null, 2).split('\n').slice(0, 14).join('\n')}\n`;

// ---------------------------------------------------------------------------
// Posters: small SVGs, no external references.

function poster({ slug, title, subtitle, from, to, scene }) {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 360" width="640" height="360" role="img" aria-labelledby="title-${slug}">
  <title id="title-${slug}">${title}</title>
  <defs>
    <linearGradient id="bg-${slug}" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${from}"/>
      <stop offset="1" stop-color="${to}"/>
    </linearGradient>
  </defs>
  <rect width="640" height="360" fill="url(#bg-${slug})"/>
${scene}
  <text x="320" y="300" fill="#ffffff" font-family="Arial, Helvetica, sans-serif" font-size="${title.length > 30 ? 26 : 30}" font-weight="700" text-anchor="middle">${title}</text>
  <text x="320" y="332" fill="#ffffff" font-family="Arial, Helvetica, sans-serif" font-size="16" text-anchor="middle" opacity="0.9">${subtitle}</text>
</svg>
`;
}
const posters = {
  'poster-jongere.svg': poster({
    slug: 'jongere',
    title: 'Eindelijk iemand die bleef',
    subtitle: 'Verhaal van een jongere · voorbeeldvideo',
    from: '#1d4e89',
    to: '#1d7a70',
    scene: '  <circle cx="270" cy="130" r="46" fill="#ffffff" opacity="0.18"/>\n  <circle cx="370" cy="130" r="46" fill="#ffffff" opacity="0.28"/>\n  <path d="M210 205 Q320 265 430 205" fill="none" stroke="#ffffff" stroke-width="6" stroke-linecap="round" opacity="0.5"/>',
  }),
  'poster-ouder.svg': poster({
    slug: 'ouder',
    title: 'De nacht dat we niemand konden bereiken',
    subtitle: 'Verhaal van een ouder',
    from: '#2b2d42',
    to: '#5c4d7d',
    scene: '  <rect x="170" y="170" width="300" height="14" rx="4" fill="#f4d58d"/>\n  <rect x="215" y="130" width="40" height="40" rx="6" fill="#ffffff" opacity="0.85"/>\n  <rect x="385" y="130" width="40" height="40" rx="6" fill="#ffffff" opacity="0.85"/>\n  <path d="M320 0 V40" stroke="#f4d58d" stroke-width="3"/>\n  <path d="M320 40 L296 80 L344 80 Z" fill="#f4d58d"/>\n  <ellipse cx="320" cy="150" rx="150" ry="60" fill="#f4d58d" opacity="0.15"/>',
  }),
  'poster-professional.svg': poster({
    slug: 'professional',
    title: 'Minder afzonderen',
    subtitle: 'Verhaal van een professional',
    from: '#31572c',
    to: '#4f772d',
    scene: '  <rect x="150" y="150" width="180" height="60" rx="14" fill="#ffffff" opacity="0.8"/>\n  <rect x="400" y="70" width="90" height="150" rx="4" fill="#ecf39e" opacity="0.9"/>\n  <circle cx="110" cy="170" r="30" fill="#132a13" opacity="0.4"/>\n  <rect x="104" y="190" width="12" height="30" fill="#132a13" opacity="0.4"/>',
  }),
};

// ---------------------------------------------------------------------------
// Serialisation: two-space JSON, small objects and observations on one line.

function compact(value) {
  if (Array.isArray(value)) return `[${value.map(compact).join(', ')}]`;
  if (value && typeof value === 'object') {
    return `{ ${Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${JSON.stringify(k)}: ${compact(v)}`)
      .join(', ')} }`;
  }
  return JSON.stringify(value);
}
function stringify(value, indent = '', key = '') {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const oneLine = compact(value);
  if (key === 'observations-item' || oneLine.length + indent.length <= 110) return oneLine;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (!value.length) return '[]';
    const itemKey = key === 'observations' ? 'observations-item' : '';
    return `[\n${value.map((v) => inner + stringify(v, inner, itemKey)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (!entries.length) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${stringify(v, inner, k)}`).join(',\n')}\n${indent}}`;
}
const json = (document) => `${stringify(document)}\n`;

// ---------------------------------------------------------------------------
// Write.

const files = new Map([
  ['nationaal.json', json(nationaal)],
  ['regio-zuidoost-utrecht.json', json(regionaal)],
  ['organisatie-de-kompas.json', json(organisatie)],
  ['media/verhaal-jongere.nl.vtt', vtt('nl')],
  ['media/verhaal-jongere.en.vtt', vtt('en')],
  ...Object.entries(posters).map(([name, text]) => [`media/${name}`, text]),
  ['invalid/malformed-json.json', malformed],
  ...Object.entries(invalid).map(([name, document]) => [`invalid/${name}`, json(document)]),
]);

for (const [name, text] of files) {
  if (/NaN|undefined/.test(text)) throw new Error(`${name}: a value is missing from a text`);
  const path = join(outDir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

if (args.includes('--video')) {
  // A silent placeholder clip: moving gradient and a title, VP9 in WebM, about 30 KB.
  const video = join(outDir, 'media', 'verhaal-jongere.webm');
  const font = '/usr/share/fonts/truetype/dejavu/DejaVuSans';
  execFileSync('ffmpeg', [
    '-hide_banner', '-loglevel', 'error', '-y',
    '-f', 'lavfi', '-i', 'gradients=s=480x270:r=10:d=24:c0=0x1d4e89:c1=0x2a9d8f:speed=0.02:seed=7',
    '-vf', `drawtext=fontfile=${font}-Bold.ttf:text='Eindelijk iemand die bleef':fontcolor=white:fontsize=24:x=(w-tw)/2:y=h/2-34,drawtext=fontfile=${font}.ttf:text='StroomOP voorbeeldvideo · zonder geluid':fontcolor=white@0.9:fontsize=15:x=(w-tw)/2:y=h/2+6`,
    '-c:v', 'libvpx-vp9', '-b:v', '0', '-crf', '45', '-row-mt', '1', '-an',
    '-fflags', '+bitexact', '-flags', '+bitexact',
    video,
  ]);
}

const missingVideo = !existsSync(join(outDir, 'media', 'verhaal-jongere.webm')) && outDir === join(root, 'examples', 'data');
console.log(`Wrote ${files.size} files to ${outDir}${missingVideo ? ' (media/verhaal-jongere.webm is missing: run with --video, needs ffmpeg)' : ''}`);
