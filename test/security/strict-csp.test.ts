/**
 * The strict Content-Security-Policy of docs/embedding.md: the same text in the docs and in
 * examples/strict-csp.html, and what `trusted-types` does: with `lit-html` in its list the elements
 * are defined, without it Lit cannot make its policy and no element is defined at all.
 */
import { expect } from '@open-wc/testing';

const text = async (path: string) => (await fetch(path)).text();
const squash = (value: string) => value.replace(/\s+/g, ' ').trim();

/** A frame under `policy` that loads one element's module; whether the element got defined. */
async function definedUnder(policy: string): Promise<boolean> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => { frame.addEventListener('load', resolve, { once: true }); });
  frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${policy}"><script type="module" src="/src/components/quote-stream/quote-stream.ts"></script>`;
  document.body.append(frame);
  await loaded;
  const window = frame.contentWindow!;
  // The module loads after the frame's load event at the latest plus its imports: wait until it settles.
  for (let round = 0; round < 100 && !window.customElements.get('stroomop-quote-stream'); round += 1) await new Promise((resolve) => setTimeout(resolve, 50));
  const defined = Boolean(window.customElements.get('stroomop-quote-stream'));
  frame.remove();
  return defined;
}

describe('strict Content-Security-Policy', () => {
  it('is the same in docs/embedding.md and in examples/strict-csp.html, and lists lit-html as a trusted type', async () => {
    const page = await text('/examples/strict-csp.html');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)?.[1];
    expect(meta).to.contain("trusted-types lit-html").and.contain("require-trusted-types-for 'script'");
    const docs = await text('/docs/embedding.md');
    const section = docs.slice(docs.indexOf('## Content-Security-Policy'));
    const block = /```\n([\s\S]*?)```/.exec(section)?.[1];
    expect(squash(block ?? '')).to.equal(squash(meta!));
    const shown = /<pre><code>([\s\S]*?)<\/code><\/pre>/.exec(page)?.[1];
    expect(squash(shown ?? '')).to.equal(squash(meta!));
  });

  it('defines the elements when trusted-types lists lit-html, and none without it', async () => {
    const base = "default-src 'self'; script-src 'self'; require-trusted-types-for 'script'";
    expect(await definedUnder(`${base}; trusted-types lit-html`)).to.equal(true);
    expect(await definedUnder(`${base}; trusted-types dompurify`)).to.equal(false);
  });
});
