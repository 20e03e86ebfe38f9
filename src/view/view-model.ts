/**
 * From a view definition and a dataset to what <stroomop-monitor-view> shows:
 * the sources to read, the area and its parents, and each section's settings.
 * Pure data code: no DOM.
 */
import type { MonitorViewDefinition, Section } from './view-types.generated.js';
import { monitorViewSchema } from './view-schema.generated.js';
import { validateAgainst, type ValidationIssue } from '../format/validate.js';
import { areaLineage, type MonitorDataset } from '../data/dataset.js';

export type { MonitorViewDefinition, Section };

export const VIEW_MAJOR = 1;

export function validateView(value: unknown, source?: string): { definition?: MonitorViewDefinition; issues: ValidationIssue[] } {
  const version = (value as { viewVersion?: unknown } | null)?.viewVersion;
  if (typeof version === 'string' && /^\d+\.\d+$/.test(version) && Number(version.split('.')[0]) !== VIEW_MAJOR) {
    return {
      issues: [
        {
          severity: 'error',
          path: 'viewVersion',
          code: 'version',
          message: { nl: `viewversie ${version} wordt niet ondersteund; deze versie leest ${VIEW_MAJOR}.x`, en: `view version ${version} is not supported; this version reads ${VIEW_MAJOR}.x` },
          ...(source === undefined ? {} : { source }),
        },
      ],
    };
  }
  const result = validateAgainst(value, monitorViewSchema, source);
  return result.valid ? { definition: value as MonitorViewDefinition, issues: result.issues } : { issues: result.issues };
}

/** The view's documents, resolved against the view file's own URL. */
export function viewSources(definition: MonitorViewDefinition, viewUrl: string | undefined): string[] {
  return (definition.sources ?? []).map((source) => (viewUrl ? new URL(source, viewUrl).href : source));
}

/** The area a view shows: the attribute, else the definition's, else the documents' own. */
export function viewArea(definition: MonitorViewDefinition, dataset: MonitorDataset, attribute: string): string | undefined {
  return attribute !== '' ? attribute : (definition.area ?? dataset.homeArea);
}

/** Checks that the area and every indicator a section names exist in the data. */
export function checkViewAgainstData(definition: MonitorViewDefinition, dataset: MonitorDataset, area: string | undefined): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (area && !dataset.areas.has(area))
    issues.push({ severity: 'error', path: 'area', code: 'unknown-reference', message: { nl: `onbekend gebied "${area}": het staat in geen van de documenten`, en: `unknown area "${area}": it is in none of the documents` } });
  definition.sections.forEach((section, index) => {
    if ((section.type === 'indicator' || section.type === 'interpretation') && section.indicator && !dataset.indicators.has(section.indicator))
      issues.push({
        severity: 'error',
        path: `sections[${index}].indicator`,
        code: 'unknown-reference',
        message: { nl: `onbekende indicator "${section.indicator}"`, en: `unknown indicator "${section.indicator}"` },
      });
  });
  return issues;
}

/** The area and its parents, nearest first, as the charts' `areas` attribute. */
export function comparisonAreas(dataset: MonitorDataset, area: string | undefined): string {
  return area ? areaLineage(dataset, area).join(' ') : '';
}
