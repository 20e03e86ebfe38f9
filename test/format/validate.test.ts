import { expect } from '@open-wc/testing';
import { validateDocument, validateDocuments, formatIssue } from '../../src/format/validate.js';
import { minimalDocument, observation } from '../helpers/fixtures.js';

const messages = (document: unknown) => validateDocument(document).issues.map((issue) => formatIssue(issue, 'en'));

/** Each observation the validator finds given twice: its path and the English message, which names the first. */
const duplicateObservations = (document: unknown): string[] =>
  validateDocument(document)
    .issues.filter((issue) => issue.code === 'duplicate-observation')
    .map((issue) => `${issue.path} ${issue.message.en}`);

describe('validateDocument', () => {
  it('accepts a minimal valid document', () => {
    const result = validateDocument(minimalDocument({ observations: [observation({ period: '2024' })] }));
    expect(result.issues).to.deep.equal([]);
    expect(result.valid).to.equal(true);
  });

  it('names the path and the wrong value for a wrong type', () => {
    const document = minimalDocument({ observations: [observation({ period: '2023' }), observation({ period: '2024' })] });
    (document.observations![1] as unknown as { value: string }).value = '12,5';
    expect(messages(document)).to.include('observations[1].value: expected a number or null, got "12,5"');
  });

  it('refuses an unknown major version with one clear message', () => {
    const result = validateDocument({ ...minimalDocument(), formatVersion: '2.0' });
    expect(result.valid).to.equal(false);
    expect(result.issues).to.have.length(1);
    expect(result.issues[0]!.message.nl).to.contain('formaatversie 2.0 wordt niet ondersteund');
  });

  it('ignores unknown fields of a newer minor version but warns within the known one', () => {
    const newer = { ...minimalDocument(), formatVersion: '1.7', futureField: true };
    expect(validateDocument(newer).issues).to.deep.equal([]);
    const same = { ...minimalDocument(), futureField: true };
    const result = validateDocument(same);
    expect(result.valid).to.equal(true);
    expect(result.issues.map((issue) => issue.severity)).to.deep.equal(['warning']);
  });

  it('checks references, intervals, suppression and the privacy threshold', () => {
    const document = minimalDocument({
      observations: [
        observation({ period: '2021', area: 'GM9999' }),
        observation({ period: '2022', value: 30, ci: { lower: 10, upper: 20 } }),
        observation({ period: '2023', value: 5, status: 'suppressed', n: 4 }),
        observation({ period: '2024', value: 50, n: 7 }),
      ],
    });
    const codes = validateDocument(document).issues.map((issue) => `${issue.path} ${issue.code}`);
    expect(codes).to.include('observations[0].area unknown-reference');
    expect(codes).to.include('observations[1].ci interval');
    expect(codes).to.include('observations[2].value suppressed-value');
    expect(codes).to.include('observations[3].value privacy');
  });

  it('holds the privacy threshold to the smallest count: n or the denominator', () => {
    const document = minimalDocument({
      observations: [
        observation({ period: '2022', value: 33.3, numerator: 1, denominator: 3 }),
        observation({ period: '2023', value: 12, n: 200, numerator: 24, denominator: 200 }),
      ],
    });
    delete document.observations![0]!.n;
    const result = validateDocument(document);
    expect(result.issues.map((issue) => `${issue.severity} ${issue.path} ${issue.code}`)).to.deep.equal(['error observations[0].value privacy']);
    expect(result.issues[0]!.message.nl).to.contain('de noemer is 3, onder de privacydrempel van 10');
  });

  it('warns about an n that disagrees with the denominator, naming the path; the rest stands', () => {
    const document = minimalDocument({ observations: [observation({ period: '2023', value: 10, n: 1500, numerator: 150, denominator: 1400 }), observation({ period: '2024' })] });
    const result = validateDocument(document);
    expect(result.valid).to.equal(true);
    expect(result.issues.map((issue) => `${issue.severity} ${issue.path} ${issue.code}`)).to.deep.equal(['warning observations[0].n inconsistent']);
    expect(result.issues[0]!.message.en).to.equal('n is 1500, but the denominator is 1400: the value is left out until they agree');
  });

  it('makes a refused URL a warning at its path, never an error of the document', () => {
    const document = minimalDocument();
    document.indicators![0]!.sources = [{ producer: 'cbs', name: 'CBS', url: 'java\tscript:alert(1)' }];
    const result = validateDocument(document);
    expect(result.valid).to.equal(true);
    expect(result.issues.map((issue) => `${issue.severity} ${issue.path} ${issue.code}`)).to.deep.equal(['warning indicators[0].sources[0].url url']);
    expect(result.issues[0]!.message.nl).to.contain('is geen toegestaan adres');
  });

  it('finds duplicate ids and impossible dates', () => {
    const document = minimalDocument({
      topics: [
        { id: 'matching', name: 'Matching' },
        { id: 'matching', name: 'Nog eens' },
      ],
      observations: [observation({ period: '2023-02-30' })],
    });
    const codes = validateDocument(document).issues.map((issue) => `${issue.path} ${issue.code}`);
    expect(codes).to.include('topics[1].id duplicate-id');
    expect(codes).to.include('observations[0].period period');
  });

  it('finds an observation given twice, with or without a breakdown, whatever the order of its fields', () => {
    const document = minimalDocument({
      breakdowns: [
        { id: 'age', name: 'Leeftijd', categories: [{ id: '12-17', name: '12 tot 18' }, { id: '18-23', name: '18 tot 23' }] },
        { id: 'sex', name: 'Geslacht', categories: [{ id: 'f', name: 'Vrouw' }] },
      ],
      observations: [
        observation({ period: '2023' }),
        observation({ period: '2024' }),
        observation({ period: '2023', value: 40 }),
        observation({ period: '2023', breakdown: {} }),
        observation({ period: '2023', breakdown: { age: '12-17', sex: 'f' } }),
        observation({ period: '2023', breakdown: { sex: 'f', age: '12-17' } }),
        observation({ period: '2023', breakdown: { age: '18-23', sex: 'f' } }),
      ],
    });
    const duplicates = validateDocument(document)
      .issues.filter((issue) => issue.code === 'duplicate-observation')
      .map((issue) => issue.path);
    expect(duplicates).to.deep.equal(['observations[2]', 'observations[3]', 'observations[5]']);
  });

  it('finds a series given twice in separate runs, and names the first of each pair', () => {
    const document = minimalDocument({
      areas: [
        { code: 'NL01', name: 'Nederland', level: 'national' },
        { code: 'GM0344', name: 'Utrecht', level: 'municipality', parent: 'NL01' },
      ],
      observations: [
        ...['2020', '2021', '2022'].map((period) => observation({ period, area: 'NL01' })),
        ...['2020', '2021'].map((period) => observation({ period, area: 'GM0344' })),
        // The national series again: rising after its own last period, then one it had.
        observation({ period: '2023', area: 'NL01' }),
        observation({ period: '2021', area: 'NL01' }),
        observation({ period: '2022', area: 'GM0344' }),
        observation({ period: '2020', area: 'GM0344' }),
      ],
    });
    const duplicates = duplicateObservations(document);
    expect(duplicates).to.have.length(2);
    expect(duplicates[0]).to.match(/^observations\[6\] .*observations\[1\]/);
    expect(duplicates[1]).to.match(/^observations\[8\] .*observations\[3\]/);
  });

  it('finds repeats in a series that goes back in time, before and after it does, also of texts that are no period', () => {
    const periods = ['2020', '2020-H1', '2020-H1', '2020', '2019', '2019', '2023-02-30', '2023-02-30', '2021'];
    const document = minimalDocument({ observations: periods.map((period) => observation({ period })) });
    const duplicates = duplicateObservations(document);
    expect(duplicates).to.have.length(4);
    expect(duplicates[0]).to.match(/^observations\[2\] .*observations\[1\]/);
    expect(duplicates[1]).to.match(/^observations\[3\] .*observations\[0\]/);
    expect(duplicates[2]).to.match(/^observations\[5\] .*observations\[4\]/);
    expect(duplicates[3]).to.match(/^observations\[7\] .*observations\[6\]/);
  });

  it('resolves references across documents read together', () => {
    const national = minimalDocument();
    const organisation = minimalDocument({
      meta: { ...minimalDocument().meta, area: 'ORG1' },
      topics: [],
      indicators: [],
      areas: [{ code: 'ORG1', name: 'Organisatie', level: 'organisation', parent: 'JR-UTR' }],
      observations: [observation({ period: '2024', area: 'ORG1' })],
    });
    const results = validateDocuments([{ document: national }, { document: organisation }]);
    expect(results.map((result) => result.valid)).to.deep.equal([true, true]);
    expect(validateDocument(organisation).valid).to.equal(false);
  });
});
