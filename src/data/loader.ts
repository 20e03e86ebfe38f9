/**
 * The loading layer every element shares: fetch each URL once per page
 * (however many elements read it), parse, validate the set together, combine.
 * Errors come back as validation issues with a path and a plain message, never
 * as exceptions.
 */
import type { Audience, MonitorDocument } from '../format/types.generated.js';
import { findProblems, type DocumentInput, type MessageKey, type MessageParams, type Problem, type ValidationIssue } from '../format/problems.js';
import { combineDocuments, type MonitorDataset } from './dataset.js';

export type LoadResult =
  | { ok: true; dataset: MonitorDataset; warnings: ValidationIssue[] }
  | { ok: false; issues: ValidationIssue[] };

export type FetchResult = { ok: true; document: unknown; source: string } | { ok: false; issue: ValidationIssue };

interface SharedFetch {
  promise: Promise<FetchResult>;
  controller: AbortController;
  readers: number;
  settled: boolean;
}

const fetches = new Map<string, SharedFetch>();
const validated = new WeakMap<object, Map<string, LoadResult>>();

/** Splits the `src` attribute: one or more URLs separated by white space. */
export function parseSrc(src: string | null | undefined): string[] {
  return (src ?? '').split(/\s+/).filter(Boolean);
}

export function absoluteUrl(url: string): string {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
}

/**
 * Fetches and parses one JSON file; problems come back as an issue on `src`, aborts as an AbortError.
 * The messages of a failure load with the validator's messages module, which a good file never needs.
 */
export async function fetchJson(url: string, signal: AbortSignal): Promise<FetchResult> {
  const fail = async (code: string, key: MessageKey, params: MessageParams): Promise<FetchResult> => {
    const { describeProblem } = await import('../format/messages.js');
    return { ok: false, issue: describeProblem({ severity: 'error', path: 'src', code, key, params, source: url }) };
  };
  let response: Response;
  try {
    // No cookies or credentials travel with monitor data: it is public or served by the host itself.
    response = await fetch(url, { signal, credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    return fail('network', 'fetch-network', { url });
  }
  if (!response.ok) return fail('http', 'fetch-http', { url, status: response.status });
  const text = await response.text();
  try {
    return { ok: true, document: JSON.parse(text) as unknown, source: url };
  } catch (error) {
    return fail('json', 'fetch-json', { error: error instanceof Error ? error.message : String(error), text });
  }
}

/**
 * Fetches a URL once per page. Each reader holds a share; when every reader
 * has aborted before the answer came, the request itself is aborted.
 */
function sharedFetch(url: string, signal: AbortSignal): Promise<FetchResult> {
  let shared = fetches.get(url);
  if (!shared) {
    const controller = new AbortController();
    const created: SharedFetch = { controller, readers: 0, settled: false, promise: fetchJson(url, controller.signal) };
    created.promise.then(
      () => {
        created.settled = true;
      },
      () => {
        // Aborted: the next reader fetches again.
        created.settled = true;
        if (fetches.get(url) === created) fetches.delete(url);
      },
    );
    fetches.set(url, (shared = created));
  }
  const current = shared;
  current.readers += 1;
  return new Promise<FetchResult>((resolve, reject) => {
    const onAbort = () => {
      current.readers -= 1;
      if (!current.readers && !current.settled) {
        current.controller.abort();
        fetches.delete(url);
      }
      reject(signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError'));
    };
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    void current.promise.then(resolve, reject).finally(() => {
      signal.removeEventListener('abort', onAbort);
    });
  });
}

/**
 * Validates and combines documents already in hand. The same documents are
 * validated once. A good document is answered at once; a document with
 * problems waits for the messages module, which only such a document needs.
 */
export function datasetFrom(inputs: DocumentInput[], audience: Audience = 'public'): LoadResult | Promise<LoadResult> {
  const key = `${audience}|${inputs.map(({ source }) => source ?? '').join(' ')}`;
  const anchor = inputs[0]?.document;
  const cacheable = inputs.length === 1 && typeof anchor === 'object' && anchor !== null;
  if (cacheable) {
    const hit = validated.get(anchor)?.get(key);
    if (hit) return hit;
  }
  const remember = (result: LoadResult): LoadResult => {
    if (cacheable) {
      const perAnchor = validated.get(anchor) ?? new Map<string, LoadResult>();
      perAnchor.set(key, result);
      validated.set(anchor, perAnchor);
    }
    return result;
  };
  const problems: Problem[] = inputs.length ? findProblems(inputs).flat() : [{ severity: 'error', path: 'src', code: 'no-data', key: 'no-data', params: {} }];
  const combine = (): MonitorDataset =>
    combineDocuments(
      inputs.map(({ document, source }) => ({ document: document as MonitorDocument, ...(source === undefined ? {} : { source }) })),
      audience,
    );
  if (!problems.length) return remember({ ok: true, dataset: combine(), warnings: [] });
  return import('../format/messages.js').then(({ describeProblem }) => {
    const issues = problems.map(describeProblem);
    return remember(issues.some(({ severity }) => severity === 'error') ? { ok: false, issues } : { ok: true, dataset: combine(), warnings: issues });
  });
}

const datasets = new Map<string, Promise<LoadResult>>();

/** Loads the URLs of a `src` attribute as one dataset. Rejects only with an AbortError. */
export async function loadDataset(urls: string[], signal: AbortSignal, audience: Audience = 'public'): Promise<LoadResult> {
  const absolute = urls.map(absoluteUrl);
  const results = await Promise.all(absolute.map((url) => sharedFetch(url, signal)));
  const failures = results.flatMap((result) => (result.ok ? [] : [result.issue]));
  if (failures.length) return { ok: false, issues: failures };
  // 30 widgets on one page that read the same files validate them once.
  const key = `${audience}|${absolute.join(' ')}`;
  let pending = datasets.get(key);
  if (!pending) {
    pending = Promise.resolve(datasetFrom(results.map((result) => (result.ok ? { document: result.document, source: result.source } : { document: undefined })), audience));
    datasets.set(key, pending);
  }
  return pending;
}

/** Forgets fetched documents, so the next load fetches again (used by `refresh`). */
export function forgetSources(urls: string[]): void {
  for (const url of urls.map(absoluteUrl)) {
    const shared = fetches.get(url);
    if (shared?.settled) fetches.delete(url);
  }
  for (const key of [...datasets.keys()]) if (urls.map(absoluteUrl).some((url) => key.includes(url))) datasets.delete(key);
}
