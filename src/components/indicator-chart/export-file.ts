/**
 * Files made in the browser, without libraries or network: the chart as a
 * self-contained SVG (its CSS colours written onto the elements, so it looks
 * the same outside the page), as PNG (that SVG drawn on a canvas), and a
 * download through a Blob and an object URL. Loaded only when a download
 * button is pressed.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The inherited presentation properties the element's styles set on the chart; copied as attributes where they change. */
const INHERITED = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin', 'paint-order', 'font-family', 'font-size', 'font-weight'] as const;

export interface SvgFileOptions {
  title: string;
  description: string;
  /** The background colour as the page shows it. */
  background: string;
}

/** A standalone SVG document of the drawn chart, with a title, a description and its colours resolved. */
export function svgFile(svg: SVGSVGElement, options: SvgFileOptions): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  const styles = new Map<Element, CSSStyleDeclaration>(originals.map((original) => [original, getComputedStyle(original)]));
  originals.forEach((original, index) => {
    const copy = copies[index];
    if (!copy) return;
    const computed = styles.get(original)!;
    const parent = original === svg ? undefined : styles.get(original.parentElement!);
    // Only what differs from the parent: inheritance does the rest, and the file stays small.
    for (const property of INHERITED) {
      const value = computed.getPropertyValue(property);
      if (value && parent?.getPropertyValue(property) !== value) copy.setAttribute(property, value);
    }
    // currentColor means the page's CSS colour; outside the page it must be spelled out.
    for (const property of ['fill', 'stroke'] as const) if (copy.getAttribute(property) === 'currentColor') copy.setAttribute(property, computed.getPropertyValue(property));
    const opacity = computed.getPropertyValue('opacity');
    if (opacity && opacity !== '1') copy.setAttribute('opacity', opacity);
    copy.removeAttribute('class');
    copy.removeAttribute('aria-hidden');
  });
  clone.querySelector(':scope > g.focus-marker')?.remove();
  clone.removeAttribute('aria-hidden');
  clone.removeAttribute('focusable');
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('role', 'img');
  const width = svg.getAttribute('width') ?? '640';
  const height = svg.getAttribute('height') ?? '300';
  const document = svg.ownerDocument;
  const background = document.createElementNS(SVG_NS, 'rect');
  for (const [name, value] of Object.entries({ x: '0', y: '0', width, height, fill: options.background })) background.setAttribute(name, value);
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = options.title;
  const description = document.createElementNS(SVG_NS, 'desc');
  description.textContent = options.description;
  clone.prepend(title, description, background);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

/** The SVG text drawn on a canvas at `scale` times its size, as a PNG. */
export async function pngFrom(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const image = new Image(width, height);
  // A data: URL, not a blob: one: strict pages allow `img-src 'self' data:` far more often than blob:.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob);
      else reject(new Error('the canvas gave no PNG'));
    }, 'image/png');
  });
}

/** Offers the blob as a download with the given file name. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.click();
  // Some browsers read the URL only after the click returns; free it a little later.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}
