// The URL gate (src/format/url.ts) on its own, in Node: no document, so relative URLs resolve
// against the base given or stay relative. The browser corpus (test/security/) runs the same
// evasions through every field of every element.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gateUrl, hostOf } from '../../src/format/url.js';
import { validateDocument } from '../../src/format/validate.js';
import { minimalDocument } from '../helpers/fixtures.js';
import { REFUSED, HARMLESS } from '../security/url-corpus.js';

const BASE = 'https://monitor.example/data/nationaal.json';

test('every refused evasion is refused, with and without a base', () => {
  for (const { url, why } of REFUSED) {
    assert.equal(gateUrl(url), undefined, `${why}: ${JSON.stringify(url)}`);
    assert.equal(gateUrl(url, BASE), undefined, `${why} (with a base): ${JSON.stringify(url)}`);
  }
});

test('what the gate lets through, against a base, is absolute http(s) or mailto', () => {
  for (const { url, why } of HARMLESS) {
    const gated = gateUrl(url, BASE);
    assert.ok(gated !== undefined, `${why}: ${JSON.stringify(url)} was refused`);
    assert.match(new URL(gated).protocol, /^(https?|mailto):$/, `${why}: ${gated}`);
    assert.equal(gated, new URL(gated).href, `${why}: not absolute and parsed: ${gated}`);
  }
});

test('relative URLs resolve against the base; without one they stay as written', () => {
  assert.equal(gateUrl('./media/poster.svg', BASE), 'https://monitor.example/data/media/poster.svg');
  assert.equal(gateUrl('/data/regio.json', BASE), 'https://monitor.example/data/regio.json');
  assert.equal(gateUrl('//cdn.example/x.vtt', BASE), 'https://cdn.example/x.vtt');
  assert.equal(gateUrl('./media/poster.svg'), './media/poster.svg');
  assert.equal(gateUrl('media/poster.svg', 'regio.json'), 'media/poster.svg', 'a file name is no base: relative stays relative');
  assert.equal(gateUrl('https://example.org/a b'), undefined, 'a space is refused anywhere (write %20)');
  assert.equal(gateUrl('https://example.org/a%20b'), 'https://example.org/a%20b');
  assert.equal(gateUrl('mailto:panel@stroomop.example'), 'mailto:panel@stroomop.example');
  assert.equal(gateUrl('HTTPS://Example.ORG/Pad'), 'https://example.org/Pad');
});

test('host names lose their trailing dots and their capitals before any host rule', () => {
  assert.equal(gateUrl('https://i.ytimg.com./vi/x/0.jpg'), 'https://i.ytimg.com/vi/x/0.jpg');
  assert.equal(gateUrl('https://I.VIMEOCDN.COM../x.jpg'), 'https://i.vimeocdn.com/x.jpg');
  assert.equal(hostOf('https://i.ytimg.com./x'), 'i.ytimg.com');
  assert.equal(hostOf('//i.vimeocdn.com./x'), 'i.vimeocdn.com');
  assert.equal(hostOf('/relative/path'), 'relative.invalid');
  assert.equal(hostOf('mailto:x@example.org'), '');
});

test('not text, or empty: refused', () => {
  for (const value of [undefined, null, 42, {}, [], ''] as unknown[]) assert.equal(gateUrl(value), undefined, JSON.stringify(value));
});

test('the validator uses the gate: a refused URL is a warning at its path, the document stays valid', () => {
  for (const { url, why } of REFUSED) {
    const document = minimalDocument({
      spotlights: [{ id: 's', month: '2026-11', topic: 'matching', title: 'T', summary: ['S'], resources: [{ kind: 'podcast', title: 'P', url }] }],
    });
    const result = validateDocument(document, BASE);
    assert.equal(result.valid, true, `${why}: ${JSON.stringify(result.issues)}`);
    assert.deepEqual(
      result.issues.map((issue) => `${issue.severity} ${issue.code} ${issue.path}`),
      ['warning url spotlights[0].resources[0].url'],
      `${why}: ${JSON.stringify(url)}`,
    );
  }
  const fine = minimalDocument({ spotlights: [{ id: 's', month: '2026-11', topic: 'matching', title: 'T', summary: ['S'], resources: [{ kind: 'podcast', title: 'P', url: './p.mp3' }] }] });
  assert.deepEqual(validateDocument(fine, BASE).issues, []);
});
