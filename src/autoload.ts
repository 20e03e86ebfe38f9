/**
 * The single-script-tag entry (dist/cdn/stroomop-monitor.js): it loads each
 * element's code when its tag first appears in the page, so a CMS page with
 * only quotes never downloads the charting code (d3), even with one tag for
 * the whole library.
 */
const loaders: Record<string, () => Promise<unknown>> = {
  'stroomop-indicator-chart': () => import('./components/indicator-chart/indicator-chart.js'),
  'stroomop-interpretation-note': () => import('./components/interpretation-note/interpretation-note.js'),
  'stroomop-spotlight': () => import('./components/spotlight/spotlight.js'),
  'stroomop-quote-stream': () => import('./components/quote-stream/quote-stream.js'),
  'stroomop-narrative-panel': () => import('./components/narrative-panel/narrative-panel.js'),
  'stroomop-monitor-view': () => import('./components/monitor-view/monitor-view.js'),
};
const selector = Object.keys(loaders).join(',');
const started = new Set<string>();

function loadPresent(root: ParentNode): void {
  const present = new Set<string>();
  if (root instanceof Element && root.matches(selector)) present.add(root.localName);
  for (const element of root.querySelectorAll(selector)) present.add(element.localName);
  for (const tag of present) {
    if (started.has(tag)) continue;
    started.add(tag);
    loaders[tag]?.().catch((error: unknown) => {
      started.delete(tag);
      console.error(`stroomop-monitor: ${tag} could not be loaded`, error);
    });
  }
}

loadPresent(document);
new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) loadPresent(node);
}).observe(document.documentElement, { childList: true, subtree: true });
