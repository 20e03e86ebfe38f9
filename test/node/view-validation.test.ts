import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateView } from '../../src/view/view-model.js';
import { formatIssue } from '../../src/format/validate.js';

const view = (sections: unknown[]) => ({ viewVersion: '1.0', id: 'v', title: 'Weergave', sources: ['data.json'], sections });

test('a section of an unknown type names the allowed types', () => {
  const { definition, issues } = validateView(view([{ type: 'grafiek' }]));
  assert.equal(definition, undefined);
  const messages = issues.map((issue) => formatIssue(issue, 'en'));
  assert.equal(messages.length, 1, messages.join('\n'));
  assert.match(messages[0]!, /^sections\[0\]\.type: expected one of "indicator", "interpretation", "spotlight", "quotes", "narratives", got "grafiek"$/);
});

test('a section of a known type reports its own mistakes', () => {
  const { issues } = validateView(view([{ type: 'indicator' }, { type: 'quotes', limit: 0 }]));
  const messages = issues.map((issue) => formatIssue(issue, 'en'));
  assert.deepEqual(messages, ['sections[0]: the field "indicator" is missing', 'sections[1].limit: expected at least 1, got 0']);
});

test('a section without a type says the type is missing', () => {
  const { issues } = validateView(view([{ indicator: 'uitval' }]));
  assert.deepEqual(issues.map((issue) => formatIssue(issue, 'en')), ['sections[0]: the field "type" is missing']);
});

test('a valid view passes', () => {
  const { definition, issues } = validateView(view([{ type: 'indicator', indicator: 'uitval', wide: true }, { type: 'spotlight' }]));
  assert.ok(definition);
  assert.deepEqual(issues, []);
});
