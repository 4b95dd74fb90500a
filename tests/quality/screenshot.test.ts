/** The tiled-capture detector behind the screenshots (scripts/lib/screenshot.ts). */
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { repeatsTop } from '../../scripts/lib/screenshot.ts';

/** A 40 px wide grey image whose every row differs; `copyAt` repeats its first 300 rows from there. */
async function image(height: number, copyAt?: number): Promise<Buffer> {
  const data = Buffer.alloc(40 * height * 3);
  for (let y = 0; y < height; y++) data.fill((y * 7) % 251, y * 120, y * 120 + (y % 40) * 3 + 3);
  if (copyAt !== undefined) data.copy(data, copyAt * 120, 0, 300 * 120);
  return sharp(data, { raw: { width: 40, height, channels: 3 } }).png().toBuffer();
}

describe('repeatsTop', () => {
  it('finds the top of the page repeated further down', async () => {
    expect(await repeatsTop(await image(900, 713))).toBe(true);
  });
  it('passes an image whose top does not come back', async () => {
    expect(await repeatsTop(await image(900))).toBe(false);
  });
});
