/**
 * Per-chart image files: the SVG stands alone (namespace, size, fixed light
 * colours, title and source inside) and the PNG is a real PNG at twice the
 * SVG's size.
 */
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { allCharts, chartFileHrefs } from '../../src/site/registry.ts';
import { PNG_SCALE } from '../../src/publish/chart-image.ts';
import { getDataset } from '../../src/data/index.ts';
import { readBytes, readText } from './helpers.ts';

const charts = allCharts().map((c) => [`${c.page}/${c.id}`, c] as const);

describe('chart images', () => {
  it.each(charts)('%s.svg stands alone with title, source and licence and no CSS variables', (_, c) => {
    const svg = readText(chartFileHrefs(c).svg);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+" viewBox="0 0 \d+ \d+"/);
    expect(svg).not.toMatch(/var\(--|currentColor/);
    const ds = getDataset(c.data);
    const title = typeof c.props.titel === 'string' ? c.props.titel : ds.meta.title;
    // Wrapped text: compare word by word.
    const text = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ').replace(/&amp;/g, '&').replace(/&quot;/g, '"');
    expect(text).toContain(title.split(' ')[0]);
    expect(svg).toContain(`<title>${title.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}</title>`);
    expect(text).toContain('Källa:');
    expect(text).toContain('CC BY 4.0');
  });

  it.each(charts)('%s.png is a PNG at twice the SVG’s size', async (_, c) => {
    const svg = readText(chartFileHrefs(c).svg);
    const [, w, h] = /width="(\d+)" height="(\d+)"/.exec(svg)!;
    const meta = await sharp(readBytes(chartFileHrefs(c).png)).metadata();
    expect(meta.format).toBe('png');
    expect(meta.width).toBe(Number(w) * PNG_SCALE);
    expect(meta.height).toBe(Number(h) * PNG_SCALE);
  });
});
