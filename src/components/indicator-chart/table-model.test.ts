import { expect } from '@open-wc/testing';
import { combineDocuments } from '../../data/dataset.js';
import type { MonitorDocument } from '../../format/types.generated.js';
import { buildChartModel, type ChartModel } from './chart-model.js';
import { baseDocument, longSeriesDocument, observationOf, onePeriodDocument, statementDocument, suppressedDocument } from './sample-documents.js';
import { csvField, csvNumber, fileName, tableFor, toCsv } from './table-model.js';

function modelOf(document: MonitorDocument, lang: 'nl' | 'en' = 'nl', indicator = 'uitval'): ChartModel {
  const result = buildChartModel(combineDocuments([{ document }]), { indicator, areas: '', periods: '', breakdown: '', type: 'auto' }, lang);
  if (!result.ok) throw new Error(result.issue.message.en);
  return result.model;
}
const csvLines = (text: string) => text.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);

describe('table-model', () => {
  it('lists every shown value with its status and reason', () => {
    const table = tableFor(modelOf(suppressedDocument()));
    expect(table.columns).to.deep.equal(['Reeks', 'Periode', 'Waarde', 'Interval', 'n', 'Status', 'Toelichting']);
    expect(table.rows).to.have.length(6);
    expect(table.rows[2]).to.deep.equal(['Utrecht', '2021', '—', '', '', 'onderdrukt', 'minder dan 10 jongeren']);
    expect(table.rows[3]).to.deep.equal(['Utrecht', '2022', '—', '', '200', 'ontbreekt', 'niet aangeleverd']);
    expect(table.rows[0]).to.deep.equal(['Utrecht', '2019', '14,0%', '', '200', 'definitief', '']);
  });

  it('shows intervals and provisional status', () => {
    const table = tableFor(modelOf(onePeriodDocument()));
    expect(table.rows[0]).to.deep.equal(['Utrecht', '1e halfjaar 2024', '12,3%', '10,1% – 14,6% (95%)', '240', 'voorlopig', '']);
  });

  it('writes Dutch CSV: BOM, semicolons, decimal comma, unrounded values, status columns', () => {
    const text = toCsv(modelOf(onePeriodDocument()));
    expect(text.startsWith('\uFEFF')).to.equal(true);
    const lines = csvLines(text);
    expect(lines[0]).to.equal('indicator;gebied_code;gebied;uitsplitsing;periode;waarde;interval_onder;interval_boven;interval_niveau;n;status;status_tekst;toelichting');
    expect(lines[1]).to.equal('uitval;GM0344;Utrecht;;2024-H1;12,3;10,1;14,6;0,95;240;provisional;voorlopig;');
    expect(lines).to.have.length(4);
  });

  it('writes English CSV with commas and a decimal point, and leaves a gap empty', () => {
    const lines = csvLines(toCsv(modelOf(suppressedDocument(), 'en')));
    expect(lines[0]).to.equal('indicator,area_code,area,breakdown,period,value,ci_lower,ci_upper,ci_level,n,status,status_label,status_reason');
    expect(lines[1]).to.equal('uitval,GM0344,Utrecht,,2019,14,,,,200,final,final,');
    expect(lines[3]).to.equal('uitval,GM0344,Utrecht,,2021,,,,,,suppressed,suppressed,minder dan 10 jongeren');
    expect(lines[4]).to.equal('uitval,GM0344,Utrecht,,2022,,,,,200,missing,missing,not delivered');
  });

  it('never writes a suppressed value, even when the document carries one', () => {
    const document = baseDocument({ observations: [observationOf({ period: '2023', value: 11.25 }), observationOf({ period: '2024', value: 77.7, status: 'suppressed' })] });
    const text = toCsv(modelOf(document));
    expect(text).to.contain('11,25').and.not.contain('77,7');
  });

  it('quotes fields that need it and disarms formulas', () => {
    expect(csvField('a;b', ';')).to.equal('"a;b"');
    expect(csvField('zei "ja"', ',')).to.equal('"zei ""ja"""');
    expect(csvField('=HYPERLINK("x")', ';')).to.equal('"\'=HYPERLINK(""x"")"');
    expect(csvField('-1,5', ';', false)).to.equal('-1,5');
    expect(csvNumber(1234.5, 'nl')).to.equal('1234,5');
    expect(csvNumber(1234.5, 'en')).to.equal('1234.5');
    expect(csvNumber(null, 'nl')).to.equal('');
  });

  it('keeps every value of long series', () => {
    const model = modelOf(longSeriesDocument(10_000, ['GM0344']));
    expect(csvLines(toCsv(model))).to.have.length(10_001);
    expect(tableFor(model).rows).to.have.length(10_000);
  });

  it('writes panel answers per group and category', () => {
    const model = modelOf(statementDocument(), 'nl', 'tevredenheid');
    const lines = csvLines(toCsv(model));
    expect(lines[0]).to.equal('indicator;stelling_id;stelling;periode;groep;antwoord;aantal;percentage;n;respons');
    expect(lines[1]).to.equal('tevredenheid;gehoord;Ik voel me gehoord door mijn hulpverlener;2024-H2;youth;zeer-oneens;8;6,67;120;0,38');
    expect(lines).to.have.length(16);
    expect(tableFor(model).rows[0]).to.deep.equal(['Ik voel me gehoord door mijn hulpverlener', 'Jongeren', 'helemaal oneens', '8', '6,7%', '120', '38%']);
  });

  it('names files after the indicator and the areas', () => {
    expect(fileName(modelOf(onePeriodDocument()))).to.equal('uitval-GM0344-JR-UTR-NL01');
  });
});
