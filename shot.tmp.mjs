import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const [,, path, width, name, scheme] = process.argv;
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme || 'light' });
await page.goto('http://localhost:4400' + path);
await page.screenshot({ path: `/tmp/${name}.png`, fullPage: true });
const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
console.log(name, 'overflow', overflow);
await browser.close();
