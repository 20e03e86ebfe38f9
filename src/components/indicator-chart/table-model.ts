/**
 * The shown data as a table and as CSV: every value (never downsampled), its
 * status and the reason. Pure functions; the element loads this module only
 * when the table opens or a CSV is downloaded.
 */
import { formatNumber, formatValue } from '../../format/number.js';
import type { Lang } from '../../format/text.js';
import { formatLevel, formatPercent, type ChartModel } from './chart-model.js';
import { indicatorChartStrings } from './indicator-chart.strings.js';

export interface TableView {
  columns: string[];
  /** Per column: right-aligned numbers. */
  numeric: boolean[];
  rows: string[][];
}

const rate = (value: number | undefined, lang: Lang) => (value === undefined ? '' : formatPercent(value * 100, lang));

/** The table of every shown value, in the element's language. */
export function tableFor(model: ChartModel): TableView {
  const { lang } = model;
  const text = indicatorChartStrings[lang];
  const columns = text.columns;
  if (model.kind === 'empty') return { columns: [], numeric: [], rows: [] };
  if (model.kind === 'distribution') {
    return {
      columns: [columns.statement, columns.role, columns.answer, columns.count, columns.share, columns.n, columns.responseRate],
      numeric: [false, false, false, true, true, true, true],
      rows: model.statements.flatMap((statement) => [
        ...statement.rows.flatMap((row) =>
          row.segments.map((segment) => [
            statement.text,
            row.label,
            segment.category.label,
            formatNumber(segment.count, lang),
            formatPercent(segment.share, lang, 1),
            formatNumber(row.n, lang),
            rate(row.responseRate, lang),
          ]),
        ),
        // Too few answers: the role and why, no counts.
        ...statement.withheld.map((role) => [statement.text, role.label, statement.withheldReason, '', '', '', '']),
      ]),
    };
  }
  const { indicator } = model;
  return {
    columns: [columns.series, columns.period, columns.value, columns.interval, columns.n, columns.status, columns.reason],
    numeric: [false, false, true, false, true, false, false],
    rows: model.series.flatMap((series) =>
      series.points.map((point) => [
        series.label,
        point.periodLabel,
        point.value === null ? '—' : formatValue(point.value, indicator, lang),
        point.ci ? `${formatValue(point.ci.lower, indicator, lang)} – ${formatValue(point.ci.upper, indicator, lang)} (${formatLevel(point.ci.level, lang)})` : '',
        point.n === undefined ? '' : formatNumber(point.n, lang),
        text.status[point.status],
        point.reason,
      ]),
    ),
  };
}

/** A number as a spreadsheet in that language reads it: unrounded, no thousands separator, decimal comma in Dutch. */
export function csvNumber(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  const plain = String(value);
  return lang === 'nl' ? plain.replace('.', ',') : plain;
}

/** One CSV field: quoted when needed; text that a spreadsheet would run as a formula gets a leading apostrophe. */
export function csvField(value: string, separator: string, isText = true): string {
  let field = value;
  if (isText && /^[=+\-@\t\r]/.test(field)) field = `'${field}`;
  if (field.includes(separator) || /["\r\n]/.test(field)) field = `"${field.replaceAll('"', '""')}"`;
  return field;
}

/**
 * The shown data as CSV text: a byte order mark (so Excel reads UTF-8), a
 * header row, CRLF line ends. Dutch: `;` between fields and a decimal comma;
 * English: `,` and a decimal point. Every value, with its status.
 */
export function toCsv(model: ChartModel): string {
  const { lang } = model;
  const names = indicatorChartStrings[lang].csv;
  const status = indicatorChartStrings[lang].status;
  const separator = names.separator;
  const line = (fields: [string, boolean][]) => fields.map(([value, isText]) => csvField(value, separator, isText)).join(separator);
  const lines: string[] = [];
  if (model.kind === 'distribution') {
    lines.push(line([names.indicator, names.statementId, names.statement, names.period, names.role, names.answer, names.count, names.share, names.n, names.responseRate].map((name) => [name, true])));
    for (const statement of model.statements) {
      for (const row of statement.rows)
        for (const segment of row.segments)
          lines.push(
            line([
              [model.indicator.id, true],
              [statement.id, true],
              [statement.text, true],
              [statement.period, true],
              [row.role, true],
              [segment.category.id, true],
              [csvNumber(segment.count, lang), false],
              [csvNumber(Math.round(segment.share * 100) / 100, lang), false],
              [csvNumber(row.n, lang), false],
              [csvNumber(row.responseRate, lang), false],
            ]),
          );
      // Too few answers: the role and why in the answer column, no counts.
      for (const role of statement.withheld)
        lines.push(line([[model.indicator.id, true], [statement.id, true], [statement.text, true], [statement.period, true], [role.role, true], [statement.withheldReason, true], ['', false], ['', false], ['', false], ['', false]]));
    }
  } else if (model.kind !== 'empty') {
    lines.push(
      line(
        [names.indicator, names.areaCode, names.area, names.breakdown, names.period, names.value, names.ciLower, names.ciUpper, names.ciLevel, names.n, names.status, names.statusLabel, names.reason].map((name) => [name, true]),
      ),
    );
    for (const series of model.series)
      for (const point of series.points)
        lines.push(
          line([
            [model.indicator.id, true],
            [series.area, true],
            [series.areaName, true],
            [Object.entries(series.breakdown ?? {}).map(([dimension, category]) => `${dimension}:${category}`).join(' '), true],
            [point.period, true],
            [csvNumber(point.value, lang), false],
            [csvNumber(point.ci?.lower, lang), false],
            [csvNumber(point.ci?.upper, lang), false],
            [csvNumber(point.ci?.level, lang), false],
            [csvNumber(point.n, lang), false],
            [point.status, true],
            [status[point.status], true],
            [point.reason, true],
          ]),
        );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A file name for downloads: `uitval-GM0344-JR-UTR-NL01`. */
export function fileName(model: ChartModel): string {
  const areas = model.kind === 'distribution' ? [] : model.areas;
  return [model.indicator.id, ...areas].join('-').replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 120);
}
