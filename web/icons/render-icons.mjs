// Renders the app's icons (web/icons/*.svg) to the PNG files of the web manifest, with the headless
// Chromium the browser tests use: `node web/icons/render-icons.mjs`. The PNGs are committed.
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";

const here = path.dirname(new URL(import.meta.url).pathname);
const out = path.resolve(here, "../public/icons");
const icons = [
  { svg: "icon.svg", png: "icon-192.png", size: 192 },
  { svg: "icon.svg", png: "icon-512.png", size: 512 },
  { svg: "icon.svg", png: "apple-touch-icon-180.png", size: 180 },
  { svg: "icon-maskable.svg", png: "icon-maskable-512.png", size: 512 },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
try {
  const page = await browser.newPage();
  fs.mkdirSync(out, { recursive: true });
  for (const icon of icons) {
    const svg = fs.readFileSync(path.join(here, icon.svg), "utf8");
    await page.setViewportSize({ width: icon.size, height: icon.size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace("<svg ", `<svg width="${icon.size}" height="${icon.size}" `)}</body></html>`);
    await page.locator("svg").screenshot({ path: path.join(out, icon.png), omitBackground: true });
  }
} finally {
  await browser.close();
}
