// Renders the app icons (PNG) from one SVG drawing with Chromium. Run once after changing the
// drawing (`pnpm --filter @edutrack/parent-pwa run icons`); the PNGs are committed in public/icons.
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const BRAND = '#1d4ed8';

/** A video camera over a speech bubble: "a meeting by video". `inset` shrinks it (around the centre) into the maskable safe zone. */
function drawing({ inset, rounded }) {
  const scale = 1 - inset * 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="${rounded ? 96 : 0}" fill="${BRAND}"/>
  <g transform="translate(256 256) scale(${scale}) translate(-221 -255)" fill="#fff">
    <path d="M96 120h250a34 34 0 0 1 34 34v140a34 34 0 0 1-34 34H214l-78 62v-62H96a34 34 0 0 1-34-34V154a34 34 0 0 1 34-34z"/>
    <rect x="118" y="176" width="150" height="96" rx="16" fill="${BRAND}"/>
    <path d="M280 206l52-30v96l-52-30z" fill="${BRAND}"/>
  </g>
</svg>`;
}

const icons = [
  { file: 'icon-192.png', size: 192, inset: 0, rounded: true },
  { file: 'icon-512.png', size: 512, inset: 0, rounded: true },
  // Maskable: full-bleed background, the glyph inside the central 80% safe zone.
  { file: 'maskable-512.png', size: 512, inset: 0.1, rounded: false },
  { file: 'apple-touch-icon-180.png', size: 180, inset: 0.06, rounded: false },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless'],
});
try {
  for (const icon of icons) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    const svg = drawing(icon);
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}</style><img src="data:image/svg+xml,${encodeURIComponent(svg)}" width="${icon.size}" height="${icon.size}">`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    writeFileSync(
      new URL(`../public/icons/${icon.file}`, import.meta.url),
      await page.screenshot({ omitBackground: true }),
    );
    await page.close();
  }
  writeFileSync(new URL('../public/icons/favicon.svg', import.meta.url), drawing({ inset: 0, rounded: true }));
} finally {
  await browser.close();
}
console.log(`Wrote ${icons.map((i) => i.file).join(', ')} and favicon.svg to public/icons/`);
