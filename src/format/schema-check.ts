/**
 * A small checker for the subset of JSON Schema (draft 2020-12) that the
 * monitor format uses. Why not Ajv: its run-time compiler needs `new Function`
 * (forbidden by a strict CSP) and its pre-compiled output for our schema weighs
 * 13 KiB gzip, more than an element's whole budget. This reads the schema data
 * itself, turning each node into a closure on first use, so the schema stays
 * the single source of truth; test/node/schema-check.test.ts proves it agrees
 * with Ajv on valid and broken documents.
 */
import { gateUrl } from './url.js';

export interface JsonSchema {
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  required?: string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

export type SchemaPath = (string | number)[];

/** The definition every URL field of the format refers to; the URL gate checks it, not its pattern (which is for editors). */
export const URL_REF = '#/$defs/Url';

/** One way a value breaks the schema, in data form; messages are made elsewhere. */
export type SchemaProblem =
  | { path: SchemaPath; kind: 'type'; expected: string[]; actual: unknown }
  | { path: SchemaPath; kind: 'enum'; allowed: unknown[]; actual: unknown }
  | { path: SchemaPath; kind: 'pattern'; pattern: string; actual: string }
  | { path: SchemaPath; kind: 'required'; property: string }
  | { path: SchemaPath; kind: 'unknown-property'; property: string }
  | { path: SchemaPath; kind: 'range'; bound: 'minimum' | 'maximum' | 'exclusiveMinimum' | 'exclusiveMaximum'; limit: number; actual: number }
  | { path: SchemaPath; kind: 'too-short'; limit: number; unit: 'characters' | 'items' }
  | { path: SchemaPath; kind: 'no-variant'; expected: string[]; actual: unknown }
  | { path: SchemaPath; kind: 'url'; actual: string };

export function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

const patternCache = new Map<string, RegExp>();
function regex(pattern: string): RegExp {
  let compiled = patternCache.get(pattern);
  if (!compiled) {
    compiled = new RegExp(pattern, 'u');
    patternCache.set(pattern, compiled);
  }
  return compiled;
}

/** The types a schema accepts at its top level, following refs and variants; for messages. */
export function acceptedTypes(schema: JsonSchema, root: JsonSchema): string[] {
  const resolved = resolve(schema, root);
  if (resolved.type) return Array.isArray(resolved.type) ? resolved.type : [resolved.type];
  if (resolved.const !== undefined) return [typeOf(resolved.const)];
  if (resolved.enum) return [...new Set(resolved.enum.map(typeOf))];
  const variants = resolved.anyOf ?? resolved.oneOf;
  if (variants) return [...new Set(variants.flatMap((variant) => acceptedTypes(variant, root)))];
  if (resolved.properties) return ['object'];
  return [];
}

/** A schema node's target after following `$ref`s. Checks are compiled once per node, so this runs once per node too. */
function resolve(schema: JsonSchema, root: JsonSchema): JsonSchema {
  let current = schema;
  while (current.$ref) {
    const name = current.$ref.replace('#/$defs/', '');
    const target = root.$defs?.[name];
    if (!target) throw new Error(`schema: unknown $ref ${current.$ref}`);
    current = target;
  }
  return current;
}

/**
 * For variants that each fix a field to a constant (`type: "indicator"`), the
 * variant the value names, or a problem saying which constants are allowed.
 */
function discriminate(value: Record<string, unknown>, variants: JsonSchema[], root: JsonSchema, path: SchemaPath): { index?: number; problem?: SchemaProblem } | undefined {
  const constants = variants.map((variant) => Object.entries(resolve(variant, root).properties ?? {}).filter(([, property]) => property.const !== undefined));
  const field = constants[0]?.find(([name]) => constants.every((entries) => entries.some(([other]) => other === name)))?.[0];
  if (field === undefined) return undefined;
  const allowed = constants.map((entries) => entries.find(([name]) => name === field)![1].const);
  const index = allowed.indexOf(value[field]);
  if (index >= 0) return { index };
  if (!(field in value)) return { problem: { path, kind: 'required', property: field } };
  return { problem: { path: [...path, field], kind: 'enum', allowed, actual: value[field] } };
}

/**
 * Where the walk is: the keys of the containers above the current value, on
 * one stack for the whole walk (a container pushes its key while its children
 * are checked). Paths become arrays only when a problem is reported: a
 * national file has 30,000 observations, and a path, or even a link object,
 * for each of them was a good part of the validator's time.
 */
type Trail = (string | number)[];

/** The path of the value at `key` below the containers on `trail`. */
function pathOf(trail: Trail, key: string | number | undefined, base: SchemaPath): SchemaPath {
  return key === undefined ? [...base, ...trail] : [...base, ...trail, key];
}

/** What relative URLs resolve against during one (synchronous) check: the document's own URL. */
let urlBase: string | undefined;

/**
 * Validates `value` against `schema`; returns every problem found, never throws on data. URL fields
 * go through the URL gate, with relative URLs resolved against `base` (the document's URL).
 */
export function checkSchema(value: unknown, schema: JsonSchema, root: JsonSchema = schema, path: SchemaPath = [], base?: string): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  urlBase = base;
  compile(schema, root)(value, [], undefined, path, problems);
  urlBase = undefined;
  return problems;
}

/** A URL field: text that the gate lets through. */
const checkUrl: Check = (value, trail, key, base, problems) => {
  if (typeof value !== 'string') problems.push({ path: pathOf(trail, key, base), kind: 'type', expected: ['string'], actual: value });
  else if (gateUrl(value, urlBase) === undefined) problems.push({ path: pathOf(trail, key, base), kind: 'url', actual: value });
};

/**
 * A schema node turned into a function that checks a value against it: the
 * schema is read once per node instead of once per value, since a national
 * file's 30,000 observations ask the same few nodes the same questions.
 * Closures only, no code generation (strict-CSP safe).
 */
type Check = (value: unknown, trail: Trail, key: string | number | undefined, base: SchemaPath, problems: SchemaProblem[]) => void;
const compiled = new WeakMap<JsonSchema, Check>();

function compile(schema: JsonSchema, root: JsonSchema): Check {
  let check = compiled.get(schema);
  if (!check && schema.$ref === URL_REF) compiled.set(schema, (check = checkUrl));
  if (!check) {
    const node = resolve(schema, root);
    check = node === schema ? compileNode(node, root) : compile(node, root);
    compiled.set(schema, check);
  }
  return check;
}

function passes(check: Check, value: unknown): boolean {
  const found: SchemaProblem[] = [];
  check(value, [], undefined, [], found);
  return found.length === 0;
}

/** The anyOf or oneOf of a node; the first variant of an anyOf that passes settles it, without checking the others. */
function checkVariants(node: JsonSchema, checks: Check[], root: JsonSchema, value: unknown, trail: Trail, key: string | number | undefined, base: SchemaPath, problems: SchemaProblem[]): void {
  const variants = (node.anyOf ?? node.oneOf)!;
  if (node.anyOf && checks.some((check) => passes(check, value))) return;
  const results = checks.map((check) => {
    const found: SchemaProblem[] = [];
    check(value, trail, key, base, found);
    return found;
  });
  const passing = results.filter((result) => result.length === 0).length;
  if (node.anyOf ? passing > 0 : passing === 1) return;
  // A variant that fails only on URLs fits the value: its URLs are refused on their own (warnings), not the value.
  const urlOnly = results.filter((result) => result.every((problem) => problem.kind === 'url'));
  if (!passing && urlOnly.length && (node.anyOf || urlOnly.length === 1)) {
    problems.push(...urlOnly[0]!);
    return;
  }
  // Report the variant whose shape fits the value, so the message talks about the right thing.
  const fitting = variants
    .map((variant, index) => ({ index, types: acceptedTypes(variant, root) }))
    .filter(({ types }) => types.some((entry) => matchesType(value, entry)));
  // Objects told apart by a constant field (a section's `type`) are judged by the variant they name.
  const discriminated = fitting.length > 1 && typeOf(value) === 'object' ? discriminate(value as Record<string, unknown>, variants, root, pathOf(trail, key, base)) : undefined;
  const chosen = fitting.length === 1 ? fitting[0]!.index : discriminated?.index;
  const onlyFit = chosen === undefined ? undefined : results[chosen];
  if (discriminated?.problem) problems.push(discriminated.problem);
  else if (onlyFit?.length) problems.push(...onlyFit);
  else problems.push({ path: pathOf(trail, key, base), kind: 'no-variant', expected: acceptedTypes(node, root), actual: value });
}

/** A type test per JSON Schema type, without typeOf()'s detour. */
const TYPE_TESTS: Record<string, (value: unknown) => boolean> = {
  string: (value) => typeof value === 'string',
  number: (value) => typeof value === 'number',
  integer: (value) => Number.isInteger(value),
  boolean: (value) => typeof value === 'boolean',
  null: (value) => value === null,
  array: Array.isArray,
  object: (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
};

function compileNode(node: JsonSchema, root: JsonSchema): Check {
  const { type, minLength, minimum, maximum, exclusiveMinimum, exclusiveMaximum, minItems, required, properties, additionalProperties, items } = node;
  const constant = node.const;
  const expected = type === undefined ? undefined : typeof type === 'string' ? [type] : type;
  // Every JSON Schema type has a test.
  const tests = expected?.map((entry) => TYPE_TESTS[entry]!);
  const isType =
    tests &&
    (tests.length === 1
      ? tests[0]
      : (value: unknown) => {
          // An index, not for-of or some(): see the required fields below.
          for (let at = 0; at < tests.length; at += 1) if (tests[at]!(value)) return true;
          return false;
        });
  const pattern = node.pattern === undefined ? undefined : regex(node.pattern);
  // The last text the pattern took: most observations repeat their indicator's and area's id.
  let matched: string | undefined;
  const allowed = node.enum && new Set(node.enum);
  const variants = node.anyOf ?? node.oneOf;
  // Children are compiled on first use: schemas may refer to themselves.
  let variantChecks: Check[] | undefined;
  let itemCheck: Check | undefined;
  let additionalCheck: Check | undefined;
  // null: a name the schema does not list. One lookup per field of every observation.
  const propertyChecks = new Map<string, Check | null>();

  return (value, trail, key, base, problems) => {
    if (variants) checkVariants(node, (variantChecks ??= variants.map((variant) => compile(variant, root))), root, value, trail, key, base, problems);
    if (isType && !isType(value)) {
      problems.push({ path: pathOf(trail, key, base), kind: 'type', expected: expected ?? [], actual: value });
      return;
    }
    if (constant !== undefined && value !== constant) problems.push({ path: pathOf(trail, key, base), kind: 'enum', allowed: [constant], actual: value });
    if (allowed && !allowed.has(value)) problems.push({ path: pathOf(trail, key, base), kind: 'enum', allowed: node.enum!, actual: value });
    if (typeof value === 'string') {
      // Length in code points, counted only when the UTF-16 length leaves room for doubt.
      if (minLength !== undefined && value.length < minLength * 2 && Array.from(value).length < minLength) problems.push({ path: pathOf(trail, key, base), kind: 'too-short', limit: minLength, unit: 'characters' });
      if (pattern && value !== matched)
        if (pattern.test(value)) matched = value;
        else problems.push({ path: pathOf(trail, key, base), kind: 'pattern', pattern: node.pattern!, actual: value });
      return;
    }
    if (typeof value === 'number') {
      if (minimum !== undefined && value < minimum) problems.push({ path: pathOf(trail, key, base), kind: 'range', bound: 'minimum', limit: minimum, actual: value });
      if (maximum !== undefined && value > maximum) problems.push({ path: pathOf(trail, key, base), kind: 'range', bound: 'maximum', limit: maximum, actual: value });
      if (exclusiveMinimum !== undefined && value <= exclusiveMinimum) problems.push({ path: pathOf(trail, key, base), kind: 'range', bound: 'exclusiveMinimum', limit: exclusiveMinimum, actual: value });
      if (exclusiveMaximum !== undefined && value >= exclusiveMaximum) problems.push({ path: pathOf(trail, key, base), kind: 'range', bound: 'exclusiveMaximum', limit: exclusiveMaximum, actual: value });
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) {
      if (minItems !== undefined && value.length < minItems) problems.push({ path: pathOf(trail, key, base), kind: 'too-short', limit: minItems, unit: 'items' });
      if (items) {
        itemCheck ??= compile(items, root);
        if (key !== undefined) trail.push(key);
        for (let index = 0; index < value.length; index += 1) itemCheck(value[index], trail, index, base, problems);
        if (key !== undefined) trail.pop();
      }
      return;
    }
    const record = value as Record<string, unknown>;
    // An index, not for-of: the array iterator is slow in code that has not warmed up, and this runs per observation.
    if (required)
      for (let at = 0; at < required.length; at += 1) {
        const property = required[at]!;
        if (!(property in record)) problems.push({ path: pathOf(trail, key, base), kind: 'required', property });
      }
    if (key !== undefined) trail.push(key);
    for (const name in record) {
      if (!Object.hasOwn(record, name)) continue;
      let check = propertyChecks.get(name);
      if (check === undefined) propertyChecks.set(name, (check = properties && Object.hasOwn(properties, name) ? compile(properties[name]!, root) : null));
      if (check) check(record[name], trail, name, base, problems);
      else if (additionalProperties === false) problems.push({ path: pathOf(trail, name, base), kind: 'unknown-property', property: name });
      else if (typeof additionalProperties === 'object') (additionalCheck ??= compile(additionalProperties, root))(record[name], trail, name, base, problems);
    }
    if (key !== undefined) trail.pop();
  };
}

/** `observations[3].value`: the path as a data person reads it. */
export function formatPath(path: SchemaPath): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part), '') || '(document)';
}
