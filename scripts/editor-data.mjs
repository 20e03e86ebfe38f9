// Editor support from custom-elements.json (the analyzer's manifest of every element):
//   vscode.html-custom-data.json  VS Code's HTML custom data: tags, attributes and their values,
//                                 hover text, a link to the docs
//   web-types.json                JetBrains web-types (WebStorm, IntelliJ): elements, attributes,
//                                 properties, events, slots, CSS custom properties and parts
//
//   node scripts/editor-data.mjs              writes both into dist/
//   node scripts/editor-data.mjs --out DIR    writes them into DIR
//   node scripts/editor-data.mjs --check      exits 1 when the files in the output folder differ
//   node scripts/editor-data.mjs --manifest FILE   reads another manifest
//
// Only elements count (a tagName in the manifest, or a class in
// src/components/<name>/<name>.component.ts, defined as stroomop-<name>); private and protected members, and
// members starting with _ or #, are left out. Attribute values are listed when
// the type is a union of string literals ('a' | 'b') or a known alias.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Type aliases the manifest leaves unresolved, with their values. */
const KNOWN_TYPES = {
  Audience: ['public', 'network', 'internal'],
  Lang: ['nl', 'en'],
  ChartType: ['auto', 'line', 'bar', 'distribution'],
};

/** The values an attribute of this type may take, or undefined when it is free. */
export function typeValues(typeText) {
  if (!typeText) return undefined;
  const parts = typeText
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'undefined' && part !== 'null');
  if (parts.length === 1 && KNOWN_TYPES[parts[0]]) return KNOWN_TYPES[parts[0]];
  if (parts.length && parts.every((part) => /^(['"]).*\1$/.test(part))) return parts.map((part) => part.slice(1, -1));
  return undefined;
}

/** Attributes whose values the type does not say (`lang` is a plain string on the element). */
const KNOWN_ATTRIBUTE_VALUES = { lang: ['nl', 'en'] };

const attributeValues = (attribute) => KNOWN_ATTRIBUTE_VALUES[attribute.name] ?? typeValues(attribute.type);
const shownDefault = (value) => (value === undefined || value === "''" || value === '""' ? undefined : value);

const isBoolean = (typeText) => /^boolean(\s*\|\s*undefined)?$/.test(typeText ?? '');
const isPublic = (member) => !member.privacy || member.privacy === 'public';
const visibleName = (name) => typeof name === 'string' && !name.startsWith('_') && !name.startsWith('#');

/**
 * The tag of a declaration: the manifest's tagName (from a define call or an @tagname tag),
 * else this project's convention: the class in src/components/<name>/<name>.component.ts
 * is defined as stroomop-<name> by src/components/<name>/<name>.ts.
 */
export function tagNameOf(declaration, modulePath) {
  if (declaration.tagName) return declaration.tagName;
  if (declaration.kind !== 'class') return undefined;
  const match = /(?:^|\/)src\/components\/([a-z][a-z0-9-]*)\/\1\.component\.[jt]s$/.exec(modulePath);
  return match ? `stroomop-${match[1]}` : undefined;
}

/** Every element of the manifest with its public API, inherited members included. */
export function elementsOf(manifest) {
  const elements = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      const tagName = tagNameOf(declaration, module.path);
      if (!tagName) continue;
      const fields = (declaration.members ?? []).filter((member) => member.kind === 'field' && !member.static && isPublic(member) && visibleName(member.name));
      const attributes = (declaration.attributes ?? [])
        .filter((attribute) => visibleName(attribute.name))
        .map((attribute) => {
          const field = fields.find((candidate) => candidate.name === attribute.fieldName || candidate.attribute === attribute.name);
          const type = attribute.type?.text ?? field?.type?.text;
          return { name: attribute.name, description: attribute.description ?? field?.description ?? '', type, default: attribute.default ?? field?.default };
        });
      elements.push({
        tagName,
        className: declaration.name,
        path: module.path,
        summary: declaration.summary ?? '',
        description: declaration.description ?? '',
        attributes,
        properties: fields.map((field) => ({ name: field.name, description: field.description ?? '', type: field.type?.text, default: field.default, attribute: field.attribute })),
        events: (declaration.events ?? []).filter((event) => event.name).map((event) => ({ name: event.name, description: event.description ?? '', type: event.type?.text })),
        slots: (declaration.slots ?? []).map((slot) => ({ name: slot.name ?? '', description: slot.description ?? '' })),
        cssProperties: (declaration.cssProperties ?? []).map((property) => ({ name: property.name, description: property.description ?? '', default: property.default })),
        cssParts: (declaration.cssParts ?? []).map((part) => ({ name: part.name, description: part.description ?? '' })),
      });
    }
  }
  return elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** Where an element's source and docs live: package.json's repository (GitHub-style tree URL) or homepage, else none. */
export function docsBase(packageJson) {
  const repository = typeof packageJson.repository === 'string' ? packageJson.repository : packageJson.repository?.url;
  if (repository) {
    const web = repository.replace(/^git\+/, '').replace(/\.git$/, '').replace(/^git@github\.com:/, 'https://github.com/');
    if (/^https:\/\//.test(web)) return `${web}/tree/main/`;
  }
  return packageJson.homepage ? `${packageJson.homepage.replace(/\/?$/, '/')}` : undefined;
}

function docUrl(element, base) {
  return base ? `${base}${element.path.replace(/\/[^/]+$/, '/')}` : undefined;
}

function describe(element) {
  const lines = [element.summary, element.description].filter(Boolean);
  const text = [...new Set(lines)].join('\n\n');
  const events = element.events.length ? `\n\n**Events:** ${element.events.map((event) => `\`${event.name}\``).join(', ')}` : '';
  const parts = element.cssParts.length ? `\n\n**CSS parts:** ${element.cssParts.map((part) => `\`${part.name}\``).join(', ')}` : '';
  return `${text}${events}${parts}`;
}

/** VS Code HTML custom data (version 1.1). */
export function vscodeData(elements, base) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tagName,
      description: { kind: 'markdown', value: describe(element) },
      attributes: element.attributes.map((attribute) => {
        const values = attributeValues(attribute);
        const fallback = shownDefault(attribute.default);
        const entry = { name: attribute.name, description: fallback !== undefined ? `${attribute.description}\n\nDefault: \`${fallback}\`` : attribute.description };
        if (isBoolean(attribute.type)) entry.valueSet = 'v';
        else if (values) entry.values = values.map((name) => ({ name }));
        return entry;
      }),
      ...(base ? { references: [{ name: 'Documentation', url: docUrl(element, base) }] } : {}),
    })),
  };
}

/** JetBrains web-types (schema 2.x). */
export function webTypes(elements, packageJson) {
  const { name, version } = packageJson;
  const base = docsBase(packageJson);
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name,
    version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tagName,
          description: describe(element),
          ...(base ? { 'doc-url': docUrl(element, base) } : {}),
          attributes: element.attributes.map((attribute) => {
            const values = attributeValues(attribute);
            const value = isBoolean(attribute.type)
              ? { kind: 'no-value', type: 'boolean' }
              : { kind: 'plain', type: values ? values.map((item) => `'${item}'`).join(' | ') : (attribute.type ?? 'string'), ...(attribute.default !== undefined ? { default: attribute.default } : {}) };
            return { name: attribute.name, description: attribute.description, value };
          }),
          slots: element.slots.map((slot) => ({ name: slot.name, description: slot.description })),
          events: element.events.map((event) => ({ name: event.name, description: event.description })),
          js: {
            properties: element.properties.map((property) => ({ name: property.name, description: property.description, ...(property.type ? { type: property.type } : {}) })),
            events: element.events.map((event) => ({ name: event.name, description: event.description })),
          },
          css: {
            properties: element.cssProperties.map((property) => ({ name: property.name, description: property.description })),
            parts: element.cssParts.map((part) => ({ name: part.name, description: part.description })),
          },
        })),
      },
    },
  };
}

function parseArgs(argv) {
  const options = { out: join(root, 'dist'), manifest: join(root, 'custom-elements.json'), check: false };
  for (let index = 0; index < argv.length; index += 1) {
    if (argv[index] === '--check') options.check = true;
    else if (argv[index] === '--out') options.out = resolve(argv[++index] ?? '');
    else if (argv[index] === '--manifest') options.manifest = resolve(argv[++index] ?? '');
    else {
      console.error(`unknown option ${argv[index]}\nusage: node scripts/editor-data.mjs [--out DIR] [--manifest FILE] [--check]`);
      process.exit(2);
    }
  }
  return options;
}

export function generate(manifest, packageJson) {
  const elements = elementsOf(manifest);
  return {
    'vscode.html-custom-data.json': `${JSON.stringify(vscodeData(elements, docsBase(packageJson)), null, 2)}\n`,
    'web-types.json': `${JSON.stringify(webTypes(elements, packageJson), null, 2)}\n`,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { out, manifest: manifestPath, check } = parseArgs(process.argv.slice(2));
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const files = generate(manifest, packageJson);
  let stale = 0;
  for (const [name, text] of Object.entries(files)) {
    const target = join(out, name);
    if (check) {
      if (!existsSync(target) || readFileSync(target, 'utf8') !== text) {
        console.error(`${target} is out of date: run node scripts/editor-data.mjs`);
        stale += 1;
      }
    } else {
      mkdirSync(out, { recursive: true });
      writeFileSync(target, text);
    }
  }
  if (check) process.exit(stale ? 1 : 0);
  const count = elementsOf(manifest).length;
  console.log(`Editor data for ${count} element${count === 1 ? '' : 's'}: ${Object.keys(files).map((name) => join(out, name)).join(', ')}`);
}
