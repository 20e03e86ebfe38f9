import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { MonitorElement } from '../../src/base/monitor-element.js';
import type { MonitorDataset } from '../../src/data/dataset.js';
import { uiStrings } from '../../src/i18n/strings.js';
import { minimalDocument } from '../helpers/fixtures.js';

/** A promise the test settles itself. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('uiStrings', () => {
  it('speaks Dutch until the English strings are in, then English', async () => {
    const english = deferred<{ en: { hello: string } }>();
    let imports = 0;
    const strings = uiStrings({ hello: 'hallo' }, () => {
      imports += 1;
      return english.promise;
    });
    expect(strings.in('en').hello).to.equal('hallo');
    const loading = strings.load();
    expect(strings.load()).to.equal(loading);
    english.resolve({ en: { hello: 'hello' } });
    await loading;
    expect([strings.in('en').hello, strings.in('nl').hello, imports]).to.deep.equal(['hello', 'hallo', 1]);
  });

  it('falls back to Dutch when the English module cannot load', async () => {
    const strings = uiStrings({ hello: 'hallo' }, () => Promise.reject(new Error('offline')));
    await strings.load();
    expect(strings.in('en').hello).to.equal('hallo');
  });
});

let probes = 0;
/** An element whose English strings arrive when the test says so. */
function englishProbe() {
  const english = deferred<{ en: { greeting: string } }>();
  const strings = uiStrings({ greeting: 'Goedendag' }, () => english.promise);
  class Probe extends MonitorElement {
    protected static override uiStrings = [strings];
    protected renderContent(dataset: MonitorDataset) {
      return html`<p part="content">${strings.in(this.effectiveLang).greeting}: ${dataset.indicators.size}</p>`;
    }
  }
  probes += 1;
  const tag = `stroomop-english-probe-${probes}`;
  customElements.define(tag, Probe);
  const element = new Probe();
  element.data = minimalDocument();
  return {
    element,
    arrive: () => {
      english.resolve({ en: { greeting: 'Good day' } });
    },
  };
}

const text = (element: HTMLElement) => element.shadowRoot!.textContent.trim();

describe('an element speaking English', () => {
  it('shows an empty status part, no Dutch, until its English strings are in', async () => {
    const { element, arrive } = englishProbe();
    element.lang = 'en';
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.append(element);
    await nextFrame();
    expect(element.shadowRoot!.querySelector('[part="status"]')).to.exist;
    expect(text(element)).to.equal('');
    arrive();
    await element.updateComplete;
    expect(text(element)).to.equal('Good day: 1');
  });

  it('keeps showing what it showed when it switches to English, until the English strings are in', async () => {
    const { element, arrive } = englishProbe();
    const container = await fixture<HTMLDivElement>(html`<div lang="nl"></div>`);
    container.append(element);
    await element.updateComplete;
    expect(text(element)).to.equal('Goedendag: 1');
    container.lang = 'en';
    await nextFrame();
    expect([element.effectiveLang, text(element)]).to.deep.equal(['en', 'Goedendag: 1']);
    arrive();
    await element.updateComplete;
    expect(text(element)).to.equal('Good day: 1');
  });
});
