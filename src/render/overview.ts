/**
 * The goal overview drawn: one small SVG per goal (src/charts/malpanel.ts),
 * each an image with its own title and description, through the one
 * renderer. One drawing per panel serves phones and desktops alike: panels
 * stand one above the other on a phone and two by two on a desktop, at
 * about the width they are drawn (so the text stays 12 px).
 */
import { describePanel, goalPanel, type GoalPanel } from '../charts/malpanel.ts';
import { SERIES, SYMBOLS } from '../charts/index.ts';
import type { LegendItem } from './figure.ts';
import { renderSvg } from './index.ts';

/** Drawing width of a panel in CSS pixels. */
export const PANEL_WIDTH = 340;

/** Render every panel to an accessible SVG string, with a legend where it has more than one line. */
export function drawPanels<P extends GoalPanel>(panels: P[]): (P & { svg: string; legend: LegendItem[] })[] {
  return panels.map((p) => ({
    ...p,
    svg: renderSvg(goalPanel(p, PANEL_WIDTH), { id: p.id, title: p.title, description: describePanel(p) }),
    legend: p.series.length > 1 ? p.series.map((s, i) => ({ name: s.name, colour: SERIES[i]!, symbol: SYMBOLS[i]! })) : [],
  }));
}
