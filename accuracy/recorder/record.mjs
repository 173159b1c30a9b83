// Records the scenarios of scenarios.mjs with headless Chromium (puppeteer-core, /usr/bin/chromium)
// and writes them as DevTools would save them (har.mjs). Run by record-all.sh inside the private
// network namespace, after the servers are up:  node record.mjs OUT_DIR PROFILE_DIR [name ...]
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import puppeteer from 'puppeteer-core';
import {NetworkLog} from './har.mjs';
import {scenarios} from './scenarios.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const [outDir, profileRoot, ...only] = process.argv.slice(2);
if (!outDir || !profileRoot) {
  console.error('usage: node record.mjs OUT_DIR PROFILE_DIR [scenario ...]');
  process.exit(64);
}

// The flags of the brief (accuracy/recorder/README.md); nothing of puppeteer's defaults.
const BASE_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];
const EXTENSION = path.join(here, 'extension-blocker');

const sleep = ms => new Promise(r => setTimeout(r, ms));

async function record(s) {
  const profile = fs.mkdtempSync(path.join(profileRoot, s.name + '-'));
  const args = [...BASE_ARGS, ...(s.args || [])];
  if (s.extension) args.push(`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`);
  args.push('about:blank');
  const browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium', ignoreDefaultArgs: true, args, userDataDir: profile, pipe: true,
    protocolTimeout: 60000,
  });
  try {
    const version = await browser.version();
    const userAgent = await browser.userAgent();
    if (s.extension) await sleep(2000);   // let the extension install its request rules
    const [page] = await browser.pages();
    const cdp = await page.createCDPSession();
    const log = new NetworkLog();
    log.attach(cdp);
    await cdp.send('Network.enable');
    await cdp.send('Page.enable');
    // offline: the namespace's only network card goes down, as when Wi-Fi drops
    if (s.offline) { execFileSync('ip', ['link', 'set', 'gdnet0', 'down']); await sleep(3000); }
    let navError = null;
    try {
      await page.goto(s.url, {waitUntil: 'load', timeout: 30000});
    } catch (e) {
      navError = e.message;
    }
    // wait until nothing is in flight for 1.5 s (the page's fetch calls, the favicon), 20 s at most
    const deadline = Date.now() + 20000;
    let quietSince = Date.now();
    while (Date.now() < deadline) {
      const busy = log.log.some(r => !r.finished);
      if (busy) quietSince = Date.now();
      else if (Date.now() - quietSince >= 1500) break;
      await sleep(100);
    }
    await log.settle();
    const webkit = /AppleWebKit\/([^ ]+)/.exec(userAgent);
    const creatorVersion = webkit ? webkit[1] : 'n/a';
    const outputs = [[s.name + '.har', false]];
    if (s.sanitized) outputs.push([s.name + '-sanitized.har', true]);
    for (const [file, sanitize] of outputs) {
      const har = log.toHAR({sanitize, creatorVersion});
      fs.writeFileSync(path.join(outDir, file), JSON.stringify(har, null, 2));
    }
    const summary = log.toHAR().log.entries.map(e =>
      `    ${e._resourceType.padEnd(8)} ${String(e.response.status).padEnd(3)} ${e.request.method} ${e.request.url}` +
      (e.response._error ? ` ${e.response._error}` : '') + ` [${e.serverIPAddress || '-'}]`);
    console.log(`${s.name}: ${version}${navError ? ' (navigation: ' + navError + ')' : ''}\n${summary.join('\n')}`);
  } finally {
    if (s.offline) execFileSync('ip', ['link', 'set', 'gdnet0', 'up']);
    if (s.offline) execFileSync('ip', ['route', 'replace', 'default', 'via', '10.255.0.1', 'dev', 'gdnet0']);
    await browser.close();
    fs.rmSync(profile, {recursive: true, force: true});
  }
}

fs.mkdirSync(outDir, {recursive: true});
fs.mkdirSync(profileRoot, {recursive: true});
let failures = 0;
for (const s of scenarios) {
  if (only.length && !only.includes(s.name)) continue;
  try {
    await record(s);
  } catch (e) {
    failures++;
    console.error(`${s.name}: FAILED ${e.stack || e}`);
  }
}
process.exit(failures ? 1 : 0);
