/**
 * Labels placed, not just offset: each label takes the first of its
 * candidate positions that stays inside the drawing and overlaps nothing
 * placed before it (dots, axis labels, other labels). Used by the line chart,
 * whose value labels, target label and gap notes share a small drawing.
 */
import { FONT_SIZE, textWidth } from './common.ts';

export interface Box { x: number; y: number; w: number; h: number }
export type Anchor = 'start' | 'middle' | 'end';
/** A label where it was placed, in pixels. */
export interface Placed { x: number; y: number; text: string; anchor: Anchor; fill: string }
/** A candidate position: x, y (the text's vertical centre) and anchor. */
export type Candidate = [number, number, Anchor];

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Box of a text at (x, y) (vertically centred, as Plot draws it) with the given anchor. */
export function boxOf(x: number, y: number, text: string, anchor: Anchor): Box {
  const w = textWidth(text);
  const h = FONT_SIZE * 1.25;
  const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return { x: left, y: y - h / 2, w, h };
}

/** A placer for labels inside `frame`: mark obstacles with `avoid`, then `place` labels in order of importance. */
export function labelPlacer(frame: Box) {
  const taken: Box[] = [];
  const placed: Placed[] = [];
  const inside = (b: Box) => b.x >= frame.x && b.y >= frame.y && b.x + b.w <= frame.x + frame.w && b.y + b.h <= frame.y + frame.h;
  return {
    placed,
    avoid(box: Box) {
      taken.push(box);
    },
    /** Place at the first free candidate; with none free, an optional label is left out, another takes its first choice. */
    place(text: string, fill: string, candidates: Candidate[], optional = false) {
      const free = candidates.find(([cx, cy, a]) => {
        const b = boxOf(cx, cy, text, a);
        return inside(b) && !taken.some((t) => overlaps(b, t));
      });
      if (!free && optional) return;
      // Nothing free (not seen with our data): the first choice, so the label is at least near its mark.
      const [cx, cy, anchor] = free ?? candidates[0]!;
      taken.push(boxOf(cx, cy, text, anchor));
      placed.push({ x: cx, y: cy, text, anchor, fill });
    },
  };
}
