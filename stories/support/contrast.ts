/**
 * WCAG 2.x contrast: colours parsed by the browser itself (any CSS colour syntax,
 * `color-mix()` and `color(srgb …)` included) by painting one canvas pixel.
 */

/** Red, green, blue 0–255 and alpha 0–1. */
export type Rgba = readonly [number, number, number, number];

let context: CanvasRenderingContext2D | undefined;

function canvas(): CanvasRenderingContext2D {
  if (!context) {
    const element = document.createElement('canvas');
    element.width = 1;
    element.height = 1;
    const created = element.getContext('2d', { willReadFrequently: true });
    if (!created) throw new Error('no 2D canvas');
    context = created;
  }
  return context;
}

/** Parses a CSS colour as the browser paints it; throws on what is not a colour. */
export function toRgba(cssColour: string): Rgba {
  const paint = canvas();
  const text = cssColour.trim();
  // An invalid colour leaves fillStyle unchanged: try two different start values to tell.
  paint.fillStyle = '#010203';
  paint.fillStyle = text;
  const first = paint.fillStyle;
  paint.fillStyle = '#030201';
  paint.fillStyle = text;
  if (first !== paint.fillStyle) throw new Error(`not a colour: ${JSON.stringify(cssColour)}`);
  paint.clearRect(0, 0, 1, 1);
  paint.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 0] = paint.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/** A colour seen over an opaque background (alpha composited). */
export function over(colour: Rgba, background: Rgba): Rgba {
  const [r, g, b, a] = colour;
  return [r * a + background[0] * (1 - a), g * a + background[1] * (1 - a), b * a + background[2] * (1 - a), 1];
}

/** WCAG 2.x relative luminance of an opaque colour. */
export function relativeLuminance([r, g, b]: Rgba): number {
  const linear = (channel: number): number => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2.x contrast ratio (1–21) of a colour on an opaque background. */
export function contrastRatio(foreground: Rgba, background: Rgba): number {
  const lighter = Math.max(relativeLuminance(over(foreground, background)), relativeLuminance(background));
  const darker = Math.min(relativeLuminance(over(foreground, background)), relativeLuminance(background));
  return (lighter + 0.05) / (darker + 0.05);
}

/** `#rrggbb`, or `rgba(…)` when not opaque. */
export function toHex([r, g, b, a]: Rgba): string {
  if (a < 1) return `rgba(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)}, ${a.toFixed(2)})`;
  return `#${[r, g, b].map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

/** The colour tokens every element reads (the private `--_*` names of tokenStyles and seriesTokenStyles) and their public custom property. */
export const COLOUR_TOKENS = {
  text: '--stroomop-color-text',
  'text-subtle': '--stroomop-color-text-subtle',
  background: '--stroomop-color-background',
  surface: '--stroomop-color-surface',
  border: '--stroomop-color-border',
  accent: '--stroomop-color-accent',
  link: '--stroomop-color-link',
  error: '--stroomop-color-error',
  focus: '--stroomop-focus-outline-color',
  'series-1': '--stroomop-series-1',
  'series-2': '--stroomop-series-2',
  'series-3': '--stroomop-series-3',
  'series-4': '--stroomop-series-4',
  'series-5': '--stroomop-series-5',
  'series-6': '--stroomop-series-6',
} as const;

export type ColourToken = keyof typeof COLOUR_TOKENS;

export interface ContrastRule {
  token: ColourToken;
  against: 'background' | 'surface';
  minimum: number;
  why: string;
}

const series = (['series-1', 'series-2', 'series-3', 'series-4', 'series-5', 'series-6'] as const).map(
  (token): ContrastRule => ({ token, against: 'background', minimum: 3, why: 'chart marks (WCAG 1.4.11)' }),
);

/** What every shipped theme must keep: text 4.5:1 (WCAG 1.4.3), marks, borders and focus 3:1 (1.4.11). */
export const CONTRAST_RULES: readonly ContrastRule[] = [
  { token: 'text', against: 'background', minimum: 4.5, why: 'text (WCAG 1.4.3)' },
  { token: 'text', against: 'surface', minimum: 4.5, why: 'text on panels (WCAG 1.4.3)' },
  { token: 'text-subtle', against: 'background', minimum: 4.5, why: 'secondary text (WCAG 1.4.3)' },
  { token: 'text-subtle', against: 'surface', minimum: 4.5, why: 'loading and empty messages on panels (WCAG 1.4.3)' },
  { token: 'link', against: 'background', minimum: 4.5, why: 'link text (WCAG 1.4.3)' },
  { token: 'error', against: 'background', minimum: 4.5, why: 'error border and any error text (WCAG 1.4.3, 1.4.11)' },
  { token: 'border', against: 'background', minimum: 3, why: 'control borders (WCAG 1.4.11)' },
  { token: 'focus', against: 'background', minimum: 3, why: 'focus outline (WCAG 1.4.11, 2.4.7)' },
  { token: 'accent', against: 'background', minimum: 3, why: 'accents and markers (WCAG 1.4.11)' },
  ...series,
];

export interface ContrastResult extends ContrastRule {
  colour: Rgba;
  backgroundColour: Rgba;
  ratio: number;
  passes: boolean;
}

/** Applies every rule to resolved token colours. */
export function checkContrast(colours: Readonly<Record<ColourToken, Rgba>>): ContrastResult[] {
  return CONTRAST_RULES.map((rule) => {
    const colour = colours[rule.token];
    const backgroundColour = rule.against === 'surface' ? over(colours.surface, colours.background) : over(colours.background, [255, 255, 255, 1]);
    const ratio = contrastRatio(colour, backgroundColour);
    // Rounded down to two decimals, so 4.499 never passes as 4.5.
    return { ...rule, colour, backgroundColour, ratio, passes: Math.floor(ratio * 100) / 100 >= rule.minimum };
  });
}
