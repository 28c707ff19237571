import type { TopLevelSpec } from 'vega-lite';

/** The fields every chart spec starts with: schema, title, one-line description, size and shared config. */
export function chartBase(title: string, description: string, width: number | { step: number } = 640, height: number | { step: number } = 260) {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: title, anchor: 'start' as const, fontSize: 14 },
    description,
    width,
    height,
    config: chartConfig,
  } satisfies Partial<TopLevelSpec>;
}

/** The shared Vega-Lite config: system fonts only (nothing loaded from the web), quiet axes. */
export const chartConfig = {
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  view: { stroke: null },
  // labelSeparation: neighbouring tick labels that would touch (`5,0005,500`) drop every other one instead.
  axis: { labelFontSize: 11, titleFontSize: 11, gridColor: '#eeeeee', labelSeparation: 6 },
  legend: { labelFontSize: 11, titleFontSize: 11, orient: 'bottom' as const },
} as const;

/** Shortens a label for an axis; the full text stays in the tooltip. */
export function shorten(text: string, max = 48): string {
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}
