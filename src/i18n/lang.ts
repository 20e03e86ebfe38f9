/** Which language an element speaks: its own `lang`, else the nearest ancestor's (across shadow roots), else Dutch. */
import type { Lang } from '../format/text.js';

export function resolveLang(element: Element): Lang {
  for (let node: Element | undefined = element; node; ) {
    const lang = node.closest('[lang]:not([lang=""])')?.getAttribute('lang');
    if (lang) return lang.toLowerCase().startsWith('en') ? 'en' : 'nl';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : undefined;
  }
  return 'nl';
}

type LangListener = () => void;
const listeners = new Set<LangListener>();
let observer: MutationObserver | undefined;

/** Tells the listener when any `lang` attribute on the page changes, so elements that inherit a language follow it. */
export function onLangChange(listener: LangListener): () => void {
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => { listeners.forEach((notify) => { notify(); }); });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}
