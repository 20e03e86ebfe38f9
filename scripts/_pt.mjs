import puppeteer from 'puppeteer-core';
import { findChromium, CHROMIUM_ARGS, applyChromiumEnv } from '/work/main/scripts/chromium.js';
const b = await findChromium(); applyChromiumEnv(b);
const extra = process.argv[2] ? process.argv[2].split(' ') : [];
const browser = await puppeteer.launch({ executablePath: b.executablePath, args: [...CHROMIUM_ARGS, ...extra], headless: true, dumpio: false, timeout: 20000 });
const page = await browser.newPage();
await page.setContent('<h1>hi</h1><script>document.body.append(String(1+1))</script>');
console.log(await page.content(), await browser.version());
await browser.close();
