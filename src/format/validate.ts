/**
 * The validator for monitor documents, for the browser and for Node. It returns
 * every problem with its JSON path and a plain message in Dutch and English;
 * it never throws on data and never uses eval (strict-CSP safe). The checks
 * live in problems.ts and the messages in messages.ts.
 */
import type { JsonSchema } from './schema-check.js';
import { findProblems, schemaProblems, type DocumentInput, type ValidationResult } from './problems.js';
import { describeProblem } from './messages.js';

export * from './problems.js';
export { describeProblem } from './messages.js';

const result = (issues: ValidationResult['issues']): ValidationResult => ({ valid: !issues.some(({ severity }) => severity === 'error'), issues });

/**
 * Validates one or more documents that are read together: each on its own
 * (version, schema, duplicates, values), and references across the whole set,
 * so an organisation's document may refer to the areas of the national one.
 */
export function validateDocuments(inputs: DocumentInput[]): ValidationResult[] {
  return findProblems(inputs).map((problems) => result(problems.map(describeProblem)));
}

export function validateDocument(document: unknown, source?: string): ValidationResult {
  return validateDocuments([{ document, ...(source === undefined ? {} : { source }) }])[0]!;
}

/** Validates any value against a schema (the view definition's, say) with the same messages as documents. */
export function validateAgainst(value: unknown, schema: JsonSchema, source?: string): ValidationResult {
  return result(schemaProblems(value, schema, source).map(describeProblem));
}
