/**
 * In-page links across shadow roots.
 *
 * The elements link to each other by fragment: the chart's interpretation
 * marker to `#stroomop-duiding-<indicator>`, the note, the spotlight and the
 * narrative panel to `#stroomop-indicator-<indicator>`. Inside a
 * <stroomop-monitor-view> those targets live in the view's shadow root, where
 * the browser's fragment navigation cannot reach them (it only searches the
 * document, so it does nothing, or jumps to a loose element with the same id).
 * `followLocalLink` does that navigation itself: nearest root first.
 */

/** The element with this id nearest to `from`: its own root node, then the roots of the shadow hosts above it, ending with the document. */
export function findLocalTarget(id: string, from: Node): Element | null {
  // Each shadow host's root node lies further out, so this ends at a document or at a tree outside any document.
  for (let root = from.getRootNode(); id; root = root.host.getRootNode()) {
    const found = root instanceof ShadowRoot || root instanceof Document ? root.getElementById(id) : null;
    if (found) return found;
    if (!(root instanceof ShadowRoot)) return root === from.ownerDocument ? null : (from.ownerDocument?.getElementById(id) ?? null);
  }
  return null;
}

/** Whether another element with this id is already in the root node of `element` (its own shadow root or the document), so `element` should not take it. */
export function idTakenInRoot(id: string, element: Element): boolean {
  const root = element.getRootNode();
  if (!(root instanceof ShadowRoot || root instanceof Document)) return false;
  const found = root.getElementById(id);
  return !!found && found !== element;
}

const FOCUSABLE = 'a[href], area[href], button, input, select, textarea, iframe, summary, [tabindex], [contenteditable]:not([contenteditable="false"])';
const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** What gets focus: the target when it can take focus, else its first heading (in its light DOM or open shadow root), else the target made focusable with `tabindex="-1"`. */
function focusTarget(target: Element): HTMLElement | SVGElement | null {
  if (!(target instanceof HTMLElement || target instanceof SVGElement)) return null;
  if (target.matches(FOCUSABLE) && !target.matches(':disabled')) return target;
  const heading = target.shadowRoot?.querySelector<HTMLElement>(HEADING) ?? target.querySelector<HTMLElement>(HEADING);
  const chosen = heading ?? target;
  if (!chosen.hasAttribute('tabindex')) chosen.setAttribute('tabindex', '-1');
  return chosen;
}

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The `<a>` the click went through, inside or outside shadow roots. */
function clickedAnchor(event: Event): HTMLAnchorElement | SVGAElement | undefined {
  for (const node of event.composedPath()) {
    if (node instanceof HTMLAnchorElement || node instanceof SVGAElement) return node;
    if (node === event.currentTarget) break;
  }
  return undefined;
}

/**
 * Follows a click on an in-page link (`<a href="#id">`) inside the shadow root
 * of `from`: looks for the id in the root node of `from` and up through the
 * shadow hosts above it, then in the document. When found: prevents the
 * browser's navigation, scrolls the target into view (instantly when the
 * reader prefers reduced motion), moves focus to it (or to its first heading),
 * and, only when the target is in the document itself, puts the fragment in
 * the address bar. Clicks with a modifier key, other buttons, other links and
 * ids that are nowhere are left to the browser.
 *
 * Use it as the click handler of the link, or as one delegated listener on the
 * element's shadow root: `@click=${(event: MouseEvent) => followLocalLink(event, this)}`.
 *
 * @returns the element navigated to, or undefined when the browser handles the click.
 */
export function followLocalLink(event: MouseEvent, from: Element): Element | undefined {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return undefined;
  const anchor = clickedAnchor(event);
  if (!anchor) return undefined;
  const href = anchor.getAttribute('href') ?? anchor.getAttribute('xlink:href') ?? '';
  if (!href.startsWith('#') || href.length < 2) return undefined;
  const target = anchor.getAttribute('target');
  if (target && target !== '_self') return undefined;
  let id: string;
  try {
    id = decodeURIComponent(href.slice(1));
  } catch {
    id = href.slice(1);
  }
  const destination = findLocalTarget(id, from);
  if (!destination) return undefined;
  event.preventDefault();
  destination.scrollIntoView({ behavior: reducedMotion() ? 'auto' : 'smooth', block: 'start' });
  focusTarget(destination)?.focus({ preventScroll: true });
  const document = from.ownerDocument;
  if (destination.getRootNode() === document && document.defaultView) {
    const { history, location } = document.defaultView;
    if (location.hash !== href) history.pushState(history.state, '', href);
  }
  return destination;
}
