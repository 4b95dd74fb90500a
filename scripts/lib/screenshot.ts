/**
 * Full-page screenshots for a person to look at. Headless Chromium (software
 * compositing) sometimes returns a full-page capture with its first screenful
 * repeated across and down the image; such a capture is detected (the top
 * band of the page found again further down) and taken again.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import sharp from 'sharp';
import type { Page } from 'playwright-core';

/** True when rows 5–64 of the image (the site header) appear again lower down. */
export async function repeatsTop(png: Buffer): Promise<boolean> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  const rowBytes = info.width * info.channels;
  const row = (y: number) => createHash('md5').update(data.subarray(y * rowBytes, (y + 1) * rowBytes)).digest('hex');
  const band = (y: number) => Array.from({ length: 60 }, (_, k) => row(y + k)).join();
  const top = band(5);
  const first = row(5);
  for (let y = 200; y + 60 < info.height; y++) if (row(y) === first && band(y) === top) return true;
  return false;
}

/** Save a full-page screenshot of `page` to `path`, retaking a capture that came out tiled (up to 3 tries). */
export async function fullPageShot(page: Page, path: string): Promise<void> {
  let png = await page.screenshot({ fullPage: true });
  for (let attempt = 1; attempt < 3 && (await repeatsTop(png)); attempt++) {
    await page.reload({ waitUntil: 'load' });
    png = await page.screenshot({ fullPage: true });
  }
  writeFileSync(path, png);
}
