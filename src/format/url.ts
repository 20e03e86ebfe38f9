/**
 * The one gate every URL passes, from a document (sources, resources, media) or from an attribute
 * (`interpretation-href`), in the elements, the dataset and the validator's schema check alike.
 * Pure: no DOM beyond reading `document.baseURI` when no base is given.
 */

/** Control characters, DEL and white space of any kind: the URL parser strips tab, newline and CR anywhere (`java\tscript:`). */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\s\u0000-\u001f\u007f]/;
const ALLOWED = /^(https?|mailto):$/;
/** Resolves a relative URL when there is no usable base (Node, a file name, a `data:` document). */
const NO_BASE = 'http://relative.invalid/';

/**
 * The URL as it may go into the DOM, or undefined when it may not: only `https:`, `http:` and
 * `mailto:` URLs, and relative ones that resolve to those against `base` (default: the page's
 * base URI). Anything with a control character or white space in it is refused, whatever its
 * scheme. Host names come back without a trailing dot (`i.ytimg.com.` is `i.ytimg.com`), so host
 * rules see the host that will be asked. A relative URL without a usable base comes back as it is.
 */
export function gateUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || !value || FORBIDDEN.test(value)) return undefined;
  let url: URL;
  let relative = false;
  try {
    url = new URL(value, base ?? (typeof document === 'undefined' ? undefined : document.baseURI));
  } catch {
    try {
      url = new URL(value, NO_BASE);
      relative = url.hostname === 'relative.invalid';
    } catch {
      return undefined;
    }
  }
  if (!ALLOWED.test(url.protocol)) return undefined;
  if (url.hostname.endsWith('.')) url.hostname = hostOf(url);
  return relative ? value : url.href;
}

/** A URL's host name in lower case and without trailing dots, for host rules; '' when it has none. */
export function hostOf(url: string | URL): string {
  try {
    return new URL(url, NO_BASE).hostname.toLowerCase().replace(/\.+$/, '');
  } catch {
    return '';
  }
}
