import { serve } from './tests/helpers/serve.ts';
import { launch } from './tests/quality/browser.ts';
const server = await serve('/tmp/hR-dist');
const browser = await launch();
const out = '/tmp/hR-shots';
const shots: [string, string, any, string?][] = [
  ['/', 'start-360', { viewport: { width: 360, height: 800 } }],
  ['/', 'start-1280', { viewport: { width: 1280, height: 900 } }],
  ['/', 'start-dark-1280', { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' }],
  ['/patientupplevelser/', 'pu-360', { viewport: { width: 360, height: 800 } }],
  ['/patientupplevelser/', 'pu-dark-360', { viewport: { width: 360, height: 800 }, colorScheme: 'dark' }],
  ['/patientupplevelser/', 'pu-1280', { viewport: { width: 1280, height: 900 } }],
  ['/404.html', '404', { viewport: { width: 360, height: 800 } }],
];
for (const [path, name, opts] of shots) {
  const ctx = await browser.newContext(opts);
  const page = await ctx.newPage();
  await page.goto(server.origin + path);
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
  await ctx.close();
}
// menu open on phone
{
  const ctx = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await ctx.newPage();
  await page.goto(server.origin + '/patientupplevelser/');
  await page.click('.meny summary');
  await page.screenshot({ path: `${out}/meny-open.png` });
  await ctx.close();
}
// print
for (const [scheme, name] of [['dark', 'print-darkos'], ['light', 'print']] as const) {
  const ctx = await browser.newContext({ colorScheme: scheme, viewport: { width: 680, height: 900 } });
  const page = await ctx.newPage();
  await page.goto(server.origin + '/patientupplevelser/');
  await page.emulateMedia({ media: 'print', colorScheme: scheme });
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
  await page.pdf({ path: `${out}/${name}.pdf`, format: 'A4' });
  await ctx.close();
}
// search
{
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  const msgs: string[] = [];
  page.on('console', (m) => msgs.push(m.type() + ': ' + m.text()));
  page.on('pageerror', (e) => msgs.push('error: ' + e.message));
  await page.goto(server.origin + '/sok/?q=väntetider');
  await page.waitForSelector('.pagefind-ui__result', { timeout: 10000 }).catch((e) => msgs.push(String(e)));
  await page.screenshot({ path: `${out}/sok.png`, fullPage: true });
  console.log(msgs);
  console.log(await page.$$eval('.pagefind-ui__result-link', (as) => as.map((a) => a.textContent + ' ' + a.getAttribute('href'))));
  await ctx.close();
}
await browser.close(); await server.close();
