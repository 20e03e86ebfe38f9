/**
 * A small interpreter for the subset of JSON Schema (draft 2020-12) that the
 * monitor format uses. Why not Ajv: its run-time compiler needs `new Function`
 * (forbidden by a strict CSP) and its pre-compiled output for our schema weighs
 * 13 KiB gzip, more than an element's whole budget. This walks the schema data
 * itself, so the schema stays the single source of truth; test/format/
 * schema-check.test.ts proves it agrees with Ajv on valid and broken documents.
 */

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

/** One way a value breaks the schema, in data form; messages are made elsewhere. */
export type SchemaProblem =
  | { path: SchemaPath; kind: 'type'; expected: string[]; actual: unknown }
  | { path: SchemaPath; kind: 'enum'; allowed: unknown[]; actual: unknown }
  | { path: SchemaPath; kind: 'pattern'; pattern: string; actual: string }
  | { path: SchemaPath; kind: 'required'; property: string }
  | { path: SchemaPath; kind: 'unknown-property'; property: string }
  | { path: SchemaPath; kind: 'range'; bound: 'minimum' | 'maximum' | 'exclusiveMinimum' | 'exclusiveMaximum'; limit: number; actual: number }
  | { path: SchemaPath; kind: 'too-short'; limit: number; unit: 'characters' | 'items' }
  | { path: SchemaPath; kind: 'no-variant'; expected: string[]; actual: unknown };

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

/** Each schema node's target after following `$ref`s; a walk of 30,000 observations resolves the same few nodes again and again. */
const resolved = new WeakMap<JsonSchema, JsonSchema>();

function resolve(schema: JsonSchema, root: JsonSchema): JsonSchema {
  if (!schema.$ref) return schema;
  let target = resolved.get(schema);
  if (!target) {
    target = follow(schema, root);
    resolved.set(schema, target);
  }
  return target;
}

function follow(schema: JsonSchema, root: JsonSchema): JsonSchema {
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
 * Where the walk is, as a chain to the root. Paths become arrays only when a
 * problem is reported: a national file has 30,000 observations, and copying a
 * path array for every field of each was most of the validator's time.
 */
interface PathLink {
  parent: PathLink | undefined;
  key: string | number;
}

/** The path of the value at `key` under `parent` (the root when both are undefined). */
function pathOf(parent: PathLink | undefined, key: string | number | undefined, base: SchemaPath): SchemaPath {
  const keys: (string | number)[] = key === undefined ? [] : [key];
  for (let at = parent; at; at = at.parent) keys.push(at.key);
  return [...base, ...keys.reverse()];
}

/** Validates `value` against `schema`; returns every problem found, never throws on data. */
export function checkSchema(value: unknown, schema: JsonSchema, root: JsonSchema = schema, path: SchemaPath = []): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  compile(schema, root)(value, undefined, undefined, path, problems);
  return problems;
}

/**
 * A schema node turned into a function that checks a value against it, as
 * walk() would, in the same order. Reading the schema once per node instead of
 * once per value: a national file's 30,000 observations ask the same few nodes
 * the same questions. Closures only, no code generation (strict-CSP safe).
 * Nodes with variants (anyOf, oneOf) stay with walk(): they are rare in data.
 */
type Check = (value: unknown, parent: PathLink | undefined, key: string | number | undefined, base: SchemaPath, problems: SchemaProblem[]) => void;
const compiled = new WeakMap<JsonSchema, Check>();

function compile(schema: JsonSchema, root: JsonSchema): Check {
  let check = compiled.get(schema);
  if (check) return check;
  const node = resolve(schema, root);
  check = node !== schema ? compile(node, root) : node.anyOf || node.oneOf ? (value, parent, key, base, problems) => { walk(value, node, root, parent, key, base, problems); } : compileNode(node, root);
  compiled.set(schema, check);
  return check;
}

const TYPE_TESTS: Record<string, (value: unknown) => boolean> = {
  string: (value) => typeof value === 'string',
  number: (value) => typeof value === 'number',
  integer: (value) => typeof value === 'number' && Number.isInteger(value),
  boolean: (value) => typeof value === 'boolean',
  null: (value) => value === null,
  array: (value) => Array.isArray(value),
  object: (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
};

function compileNode(node: JsonSchema, root: JsonSchema): Check {
  const expected = node.type === undefined ? undefined : typeof node.type === 'string' ? [node.type] : node.type;
  const typeTests = expected?.map((type) => TYPE_TESTS[type] ?? ((value: unknown) => matchesType(value, type)));
  const isType = !typeTests ? undefined : typeTests.length === 1 ? typeTests[0]! : (value: unknown) => typeTests.some((test) => test(value));
  const { minLength, minimum, maximum, exclusiveMinimum, exclusiveMaximum, minItems, required, properties, additionalProperties } = node;
  const pattern = node.pattern === undefined ? undefined : regex(node.pattern);
  const constant = node.const;
  const allowed = node.enum;
  const allowedSet = allowed && new Set(allowed);
  // Children are compiled on first use: schemas may refer to themselves.
  let itemCheck: Check | undefined;
  const propertyChecks = new Map<string, Check>();
  const propertyCheck = (name: string): Check | undefined => {
    let check = propertyChecks.get(name);
    if (!check) {
      const propertySchema = properties && Object.hasOwn(properties, name) ? properties[name] : undefined;
      if (!propertySchema) return undefined;
      check = compile(propertySchema, root);
      propertyChecks.set(name, check);
    }
    return check;
  };
  let additionalCheck: Check | undefined;

  return (value, parent, key, base, problems) => {
    if (isType && !isType(value)) {
      problems.push({ path: pathOf(parent, key, base), kind: 'type', expected: expected!, actual: value });
      return;
    }
    if (constant !== undefined && value !== constant) problems.push({ path: pathOf(parent, key, base), kind: 'enum', allowed: [constant], actual: value });
    if (allowedSet && !allowedSet.has(value)) problems.push({ path: pathOf(parent, key, base), kind: 'enum', allowed: allowed, actual: value });
    if (typeof value === 'string') {
      if (minLength !== undefined && value.length < minLength * 2 && Array.from(value).length < minLength) problems.push({ path: pathOf(parent, key, base), kind: 'too-short', limit: minLength, unit: 'characters' });
      if (pattern && !pattern.test(value)) problems.push({ path: pathOf(parent, key, base), kind: 'pattern', pattern: node.pattern!, actual: value });
      return;
    }
    if (typeof value === 'number') {
      if (minimum !== undefined && value < minimum) problems.push({ path: pathOf(parent, key, base), kind: 'range', bound: 'minimum', limit: minimum, actual: value });
      if (maximum !== undefined && value > maximum) problems.push({ path: pathOf(parent, key, base), kind: 'range', bound: 'maximum', limit: maximum, actual: value });
      if (exclusiveMinimum !== undefined && value <= exclusiveMinimum) problems.push({ path: pathOf(parent, key, base), kind: 'range', bound: 'exclusiveMinimum', limit: exclusiveMinimum, actual: value });
      if (exclusiveMaximum !== undefined && value >= exclusiveMaximum) problems.push({ path: pathOf(parent, key, base), kind: 'range', bound: 'exclusiveMaximum', limit: exclusiveMaximum, actual: value });
      return;
    }
    if (Array.isArray(value)) {
      if (minItems !== undefined && value.length < minItems) problems.push({ path: pathOf(parent, key, base), kind: 'too-short', limit: minItems, unit: 'items' });
      if (!node.items) return;
      itemCheck ??= compile(node.items, root);
      const link = key === undefined ? parent : { parent, key };
      for (let index = 0; index < value.length; index += 1) itemCheck(value[index], link, index, base, problems);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    const link = key === undefined ? parent : { parent, key };
    if (required) for (const property of required) if (!(property in record)) problems.push({ path: pathOf(parent, key, base), kind: 'required', property });
    for (const name in record) {
      if (!Object.hasOwn(record, name)) continue;
      const check = propertyCheck(name);
      if (check) check(record[name], link, name, base, problems);
      else if (additionalProperties === false) problems.push({ path: pathOf(link, name, base), kind: 'unknown-property', property: name });
      else if (typeof additionalProperties === 'object') (additionalCheck ??= compile(additionalProperties, root))(record[name], link, name, base, problems);
    }
  };
}

/** Walks the value at `key` under `parent`; a link for it is made only when it has children to walk. */
function walk(value: unknown, schema: JsonSchema, root: JsonSchema, parent: PathLink | undefined, key: string | number | undefined, base: SchemaPath, problems: SchemaProblem[]): void {
  const node = resolve(schema, root);

  const variants = node.anyOf ?? node.oneOf;
  // anyOf: the first variant that passes settles it, without walking the others.
  if (variants && !(node.anyOf && variants.some((variant) => passes(value, variant, root)))) {
    const results = variants.map((variant) => {
      const found: SchemaProblem[] = [];
      walk(value, variant, root, parent, key, base, found);
      return found;
    });
    const passing = results.filter((result) => result.length === 0).length;
    if (node.anyOf ? passing === 0 : passing !== 1) {
      // Report the variant whose shape fits the value, so the message talks about the right thing.
      const fitting = variants
        .map((variant, index) => ({ index, types: acceptedTypes(variant, root) }))
        .filter(({ types }) => types.some((type) => matchesType(value, type)));
      // Objects told apart by a constant field (a section's `type`) are judged by the variant they name.
      const discriminated = fitting.length > 1 && typeOf(value) === 'object' ? discriminate(value as Record<string, unknown>, variants, root, pathOf(parent, key, base)) : undefined;
      const chosen = fitting.length === 1 ? fitting[0]!.index : discriminated?.index;
      const onlyFit = chosen === undefined ? undefined : results[chosen];
      if (discriminated?.problem) problems.push(discriminated.problem);
      else if (onlyFit?.length) problems.push(...onlyFit);
      else problems.push({ path: pathOf(parent, key, base), kind: 'no-variant', expected: acceptedTypes(node, root), actual: value });
    }
  }

  const type = node.type;
  if (type !== undefined && !(typeof type === 'string' ? matchesType(value, type) : type.some((entry) => matchesType(value, entry)))) {
    problems.push({ path: pathOf(parent, key, base), kind: 'type', expected: typeof type === 'string' ? [type] : type, actual: value });
    return;
  }
  if (node.const !== undefined && value !== node.const) problems.push({ path: pathOf(parent, key, base), kind: 'enum', allowed: [node.const], actual: value });
  if (node.enum && !node.enum.includes(value)) problems.push({ path: pathOf(parent, key, base), kind: 'enum', allowed: node.enum, actual: value });

  if (typeof value === 'string') {
    // Length in code points, counted only when the UTF-16 length leaves room for doubt.
    if (node.minLength !== undefined && value.length < node.minLength * 2 && Array.from(value).length < node.minLength) problems.push({ path: pathOf(parent, key, base), kind: 'too-short', limit: node.minLength, unit: 'characters' });
    if (node.pattern !== undefined && !regex(node.pattern).test(value)) problems.push({ path: pathOf(parent, key, base), kind: 'pattern', pattern: node.pattern, actual: value });
    return;
  }
  if (typeof value === 'number') {
    if (node.minimum !== undefined && value < node.minimum) problems.push({ path: pathOf(parent, key, base), kind: 'range', bound: 'minimum', limit: node.minimum, actual: value });
    if (node.maximum !== undefined && value > node.maximum) problems.push({ path: pathOf(parent, key, base), kind: 'range', bound: 'maximum', limit: node.maximum, actual: value });
    if (node.exclusiveMinimum !== undefined && value <= node.exclusiveMinimum) problems.push({ path: pathOf(parent, key, base), kind: 'range', bound: 'exclusiveMinimum', limit: node.exclusiveMinimum, actual: value });
    if (node.exclusiveMaximum !== undefined && value >= node.exclusiveMaximum) problems.push({ path: pathOf(parent, key, base), kind: 'range', bound: 'exclusiveMaximum', limit: node.exclusiveMaximum, actual: value });
    return;
  }
  if (Array.isArray(value)) {
    if (node.minItems !== undefined && value.length < node.minItems) problems.push({ path: pathOf(parent, key, base), kind: 'too-short', limit: node.minItems, unit: 'items' });
    const items = node.items;
    const link = key === undefined ? parent : { parent, key };
    if (items) for (let index = 0; index < value.length; index += 1) walk(value[index], items, root, link, index, base, problems);
    return;
  }
  if (typeOf(value) === 'object') {
    const record = value as Record<string, unknown>;
    const link = key === undefined ? parent : { parent, key };
    for (const property of node.required ?? []) {
      if (!(property in record)) problems.push({ path: pathOf(parent, key, base), kind: 'required', property });
    }
    for (const name in record) {
      if (!Object.hasOwn(record, name)) continue;
      const child = record[name];
      const propertySchema = node.properties?.[name];
      if (propertySchema) walk(child, propertySchema, root, link, name, base, problems);
      else if (node.additionalProperties === false) problems.push({ path: pathOf(link, name, base), kind: 'unknown-property', property: name });
      else if (typeof node.additionalProperties === 'object') walk(child, node.additionalProperties, root, link, name, base, problems);
    }
  }
}

function passes(value: unknown, schema: JsonSchema, root: JsonSchema): boolean {
  const found: SchemaProblem[] = [];
  walk(value, schema, root, undefined, undefined, [], found);
  return found.length === 0;
}

/** `observations[3].value`: the path as a data person reads it. */
export function formatPath(path: SchemaPath): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part), '') || '(document)';
}
