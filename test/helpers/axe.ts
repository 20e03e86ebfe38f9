/** Runs axe-core with the WCAG 2.1 AA and 2.2 AA rules on an element (shadow DOM included). */
interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
}
interface Axe {
  run(context: Element | Document, options: object): Promise<AxeResult>;
}

let loading: Promise<Axe> | undefined;
function loadAxe(): Promise<Axe> {
  loading ??= new Promise<Axe>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    script.onload = () => { resolve((window as unknown as { axe: Axe }).axe); };
    script.onerror = () => { reject(new Error('axe-core could not be loaded')); };
    document.head.append(script);
  });
  return loading;
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Returns the violations as readable lines; an empty list means none. */
export async function axeViolations(context: Element | Document = document): Promise<string[]> {
  const axe = await loadAxe();
  const result = await axe.run(context, { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] });
  return result.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} at ${JSON.stringify(node.target)}${node.failureSummary ? `\n  ${node.failureSummary}` : ''}`),
  );
}
