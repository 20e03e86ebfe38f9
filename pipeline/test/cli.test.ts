import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { editDistance, nearest } from '../src/cli.js';
import { main } from '../src/main.js';
import { minimalDocument } from '../../test/helpers/fixtures.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) }, out, err };
}

test('validate exits 0 on a valid document', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'stroomop-'));
  const file = join(dir, 'ok.json');
  writeFileSync(file, JSON.stringify(minimalDocument()));
  const { io, out } = capture();
  assert.equal(await main(['validate', file], io), 0);
  assert.match(out.join('\n'), /0 fouten/);
});

test('validate exits 1 and prints each error with its path', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'stroomop-'));
  const file = join(dir, 'bad.json');
  const document = minimalDocument({ observations: [{ indicator: 'uitval', area: 'GM0344', period: '2024', value: '12,5' as unknown as number, status: 'final' }] });
  writeFileSync(file, JSON.stringify(document));
  const { io, err } = capture();
  assert.equal(await main(['validate', '--lang', 'en', file], io), 1);
  assert.ok(err.some((line) => line.includes('observations[0].value: expected a number or null, got "12,5"')), err.join('\n'));
});

test('validate reports malformed JSON (exit 1) and a missing file (one line naming it, exit 2)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'stroomop-'));
  const file = join(dir, 'broken.json');
  writeFileSync(file, '{"formatVersion": "1.0",');
  const broken = capture();
  assert.equal(await main(['validate', '--lang', 'en', file], broken.io), 1);
  assert.ok(broken.err.some((line) => line.includes('broken.json') && line.includes('not valid JSON')), broken.err.join('\n'));
  const both = capture();
  assert.equal(await main(['validate', '--lang', 'en', file, join(dir, 'absent.json')], both.io), 2);
  assert.ok(both.err.some((line) => line.includes('broken.json') && line.includes('not valid JSON')), 'the readable file is still checked');
  assert.deepEqual(both.err.filter((line) => line.includes('absent.json')), [`error: ${join(dir, 'absent.json')}: file not found`]);
});

// Every option each command must take (docs/pipeline.md, Command reference), written out here, not taken from the code.
const OPTIONS: Record<string, string[]> = {
  validate: ['--lang', '--help', '-h'],
  convert: ['--mapping', '-m', '--output', '-o', '--report', '--engine', '--audience', '--threshold', '--round', '--published', '--allow-rejects', '--quiet', '-q', '--lang', '--help', '-h'],
  merge: ['--output', '-o', '--audience', '--title', '--published', '--release', '--lang', '--help', '-h'],
  diff: ['--output', '-o', '--json', '--tolerance', '--lang', '--help', '-h'],
};
const optionPattern = (option: string) => new RegExp(`(^|[\\s,])${option.replace(/-/g, '\\-')}(?=[\\s,=]|$)`, 'm');

for (const [command, options] of Object.entries(OPTIONS))
  for (const flag of ['--help', '-h'])
    test(`${command} ${flag} prints its usage with every option, exit 0`, async () => {
      const { io, out, err } = capture();
      assert.equal(await main([command, flag], io, {}), 0, err.join('\n'));
      const help = out.join('\n');
      assert.match(help, new RegExp(`^Gebruik: stroomop-monitor ${command} `), help);
      for (const option of options) assert.match(help, optionPattern(option), `${command} --help lacks ${option}`);
      assert.deepEqual(err, []);
    });

test('help in English with --lang en or an English LANG, LC_MESSAGES, LC_ALL; Dutch otherwise', async () => {
  const english = async (argv: string[], env: Record<string, string>) => {
    const { io, out } = capture();
    assert.equal(await main(argv, io, env), 0);
    return out.join('\n').startsWith('Usage:');
  };
  assert.equal(await english(['convert', '--help', '--lang', 'en'], {}), true);
  assert.equal(await english(['--lang=en', 'merge', '-h'], {}), true);
  assert.equal(await english(['diff', '-h'], { LANG: 'en_GB.UTF-8' }), true);
  assert.equal(await english(['diff', '-h'], { LC_MESSAGES: 'en_US.UTF-8', LANG: 'nl_NL.UTF-8' }), true);
  assert.equal(await english(['diff', '-h'], { LC_ALL: 'nl_NL.UTF-8', LANG: 'en_US.UTF-8' }), false);
  assert.equal(await english(['diff', '-h'], { LANG: 'nl_NL.UTF-8' }), false);
  assert.equal(await english(['diff', '-h', '--lang', 'nl'], { LANG: 'en_US.UTF-8' }), false);
  assert.equal(await english(['diff', '-h'], { LANG: 'C.UTF-8' }), false);
});

test('the top level: --help and -h list the commands and exit 0; no command prints the usage and exits 2', async () => {
  for (const flag of ['--help', '-h']) {
    const { io, out } = capture();
    assert.equal(await main([flag], io, {}), 0);
    const help = out.join('\n');
    for (const name of [...Object.keys(OPTIONS), '--version', '-V', '--lang', '--help']) assert.match(help, optionPattern(name), `top-level help lacks ${name}`);
  }
  const none = capture();
  assert.equal(await main([], none.io, {}), 2);
  assert.match(none.err.join('\n'), /^Gebruik: stroomop-monitor/);
});

test('--version and -V print the version of the pipeline package', async () => {
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  for (const flag of ['--version', '-V']) {
    const { io, out } = capture();
    assert.equal(await main([flag], io, {}), 0);
    assert.deepEqual(out, [version]);
  }
});

test('an unknown option: one line naming it, with the nearest known option, exit 2 (Dutch and English)', async () => {
  const cases: [string[], Record<string, string>, string][] = [
    [['convert', '--mapp', 'm.json'], {}, 'stroomop-monitor convert: onbekende optie --mapp; bedoelt u --mapping?'],
    [['convert', '--allow-reject'], {}, 'stroomop-monitor convert: onbekende optie --allow-reject; bedoelt u --allow-rejects?'],
    [['merge', '--tilte', 'x', 'a.json'], { LANG: 'en_US.UTF-8' }, 'stroomop-monitor merge: unknown option --tilte; did you mean --title?'],
    [['diff', '--lang', 'en', '--jsno', 'a', 'b'], {}, 'stroomop-monitor diff: unknown option --jsno; did you mean --json?'],
    [['validate', '--hlep'], {}, 'stroomop-monitor validate: onbekende optie --hlep; bedoelt u --help?'],
    [['convert', '--frobnicate'], { LANG: 'en' }, 'stroomop-monitor convert: unknown option --frobnicate; see stroomop-monitor convert --help'],
    [['merge', '-x'], {}, 'stroomop-monitor merge: onbekende optie -x; zie stroomop-monitor merge --help'],
    [['--verison'], {}, 'stroomop-monitor: onbekende optie --verison; bedoelt u --version?'],
    [['convert', '-m'], {}, 'stroomop-monitor convert: -m heeft een waarde nodig (FILE)'],
    [['convert', '--quiet=yes'], { LANG: 'en' }, 'stroomop-monitor convert: --quiet takes no value'],
    [['convert', '--lang', 'fr'], {}, 'stroomop-monitor convert: --lang: kies nl of en, niet "fr"'],
  ];
  for (const [argv, env, line] of cases) {
    const { io, out, err } = capture();
    assert.equal(await main(argv, io, env), 2, argv.join(' '));
    assert.deepEqual(err, [line]);
    assert.deepEqual(out, []);
  }
});

test('an unknown command: one line naming it, with the nearest command, exit 2', async () => {
  const cases: [string[], Record<string, string>, string][] = [
    [['convrt'], {}, 'stroomop-monitor: onbekende opdracht "convrt"; bedoelt u convert?'],
    [['vaildate', 'x.json'], { LANG: 'en_US.UTF-8' }, 'stroomop-monitor: unknown command "vaildate"; did you mean validate?'],
    [['frobnicate'], {}, 'stroomop-monitor: onbekende opdracht "frobnicate"; zie stroomop-monitor --help'],
  ];
  for (const [argv, env, line] of cases) {
    const { io, err } = capture();
    assert.equal(await main(argv, io, env), 2);
    assert.deepEqual(err, [line]);
  }
});

test('a missing file: one line naming it, exit 2, for every command', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'stroomop-'));
  const absent = join(dir, 'absent.json');
  const present = join(dir, 'ok.json');
  writeFileSync(present, JSON.stringify(minimalDocument()));
  const mapping = fileURLToPath(new URL('../examples/aggregated.mapping.json', import.meta.url));
  const cases: [string[], string][] = [
    [['convert', '-m', absent, 'x.csv'], `fout: ${absent}: bestand niet gevonden`],
    [['convert', '-m', mapping, join(dir, 'absent.csv')], `fout: ${join(dir, 'absent.csv')}: bestand niet gevonden`],
    [['merge', present, absent], `fout: ${absent}: bestand niet gevonden`],
    [['diff', present, absent], `fout: ${absent}: bestand niet gevonden`],
    [['diff', '--lang', 'en', absent, present], `error: ${absent}: file not found`],
  ];
  for (const [argv, line] of cases) {
    const { io, err } = capture();
    assert.equal(await main(argv, io, {}), 2, argv.join(' '));
    assert.deepEqual(err, [line]);
  }
});

test('an output folder that does not exist: one line, exit 2, no stack trace', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'stroomop-'));
  const present = join(dir, 'ok.json');
  writeFileSync(present, JSON.stringify(minimalDocument()));
  const target = join(dir, 'no-such-folder', 'merged.json');
  const { io, err } = capture();
  assert.equal(await main(['merge', '--lang', 'en', '-o', target, present], io, {}), 2);
  assert.equal(err.length, 1, err.join('\n'));
  assert.ok(err[0]!.includes(target) && !err[0]!.includes('    at '), err.join('\n'));
});

test('editDistance counts a swapped pair as one edit; nearest suggests only what is near', () => {
  assert.equal(editDistance('hepl', 'help'), 1);
  assert.equal(editDistance('mapping', 'mapping'), 0);
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(nearest('mapp', ['mapping', 'output']), 'mapping');
  assert.equal(nearest('outptu', ['mapping', 'output']), 'output');
  assert.equal(nearest('frobnicate', ['mapping', 'output']), undefined);
});
