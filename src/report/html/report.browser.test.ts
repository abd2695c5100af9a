// The HTML report in a real browser (Debian's chromium through playwright-core): it renders
// offline, shows the planted conflict (12 against 19 dead) marked in both texts, and runs none
// of the script an article smuggles in.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { renderReport } from './renderReport.js';
import { crossCheckEvent } from '../../crosscheck/crossCheckEvent.js';
import { toArticle } from '../../crosscheck/fixtures/loadFixture.js';
import type { Analysis } from '../../pipeline.js';

const CHROMIUM = '/usr/bin/chromium';
const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const missing = !existsSync(CHROMIUM);
if (missing && process.env.CI) throw new Error(`CI is set but ${CHROMIUM} is missing: apt-get install -y chromium`);
const skip = missing ? `${CHROMIUM} not found (apt-get install -y chromium); browser test skipped` : false;

let browser: BrowserContext | undefined;
let workDir = '';

before(async () => {
  if (skip) return;
  const { chromium } = await import('playwright-core');
  workDir = mkdtempSync(join(tmpdir(), 'recoupe-report-'));
  // A fresh profile in a temporary folder, offline: the report must need nothing from the network.
  browser = await chromium.launchPersistentContext(join(workDir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    offline: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** What the page's global object offers (the project compiles without the DOM types). */
interface InPage {
  getComputedStyle(element: unknown): { backgroundColor: string };
  __pwned?: number;
}

/** Opens a report file offline and returns what a reader would see. */
async function view(file: string) {
  const page = await browser!.newPage();
  const requests: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('file:')) requests.push(r.url());
  });
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await page.goto(pathToFileURL(file).href);
  const seen = {
    heading: await page.locator('h1').innerText(),
    conflictMarks: await page.locator('.sources mark.conflict').allInnerTexts(),
    conflictList: await page.locator('ul.conflicts').innerText(),
    marksVisible: await page.locator('.sources mark.conflict').first().isVisible(),
    markColour: await page.locator('.sources mark.conflict').first().evaluate((el) => (globalThis as unknown as InPage).getComputedStyle(el).backgroundColor),
    pwned: await page.evaluate(() => (globalThis as unknown as InPage).__pwned ?? null),
    links: await page.locator('a[href^="javascript"]').count(),
    requests,
    dialogs,
  };
  await page.close();
  return seen;
}

function fixtureAnalysis(): Analysis {
  const records = JSON.parse(readFileSync(join(fixtures, 'articles.json'), 'utf8')) as Array<Record<string, string>>;
  const articles = records.map((r) => toArticle({ id: r.id!, text: r.text!, title: r.title!, outlet: r.source!, published: r.published!, lang: r.lang!, url: r.url! }));
  const event = { id: 'e1', title: 'Embuscade près de Kidal', articles: articles.map((a) => a.id), start: '2024-03-05', end: '2024-03-05', storyline: 's1' };
  const checked = crossCheckEvent({ event, articles, duplicateOf: new Map() });
  return {
    articles: articles.map((a) => ({ ...a, duplicateOf: null, duplicateKind: null, event: 'e1' })),
    events: [{ ...event, summary: checked.summary }],
    storylines: [{ id: 's1', title: 'Nord du Mali', events: ['e1'] }],
    entities: [], quotes: [], dates: [], claims: checked.claims, conflicts: checked.conflicts,
    duplicates: [], problems: [], versions: {},
  } as unknown as Analysis;
}

test('the report renders offline and shows the planted conflict in both texts', { skip }, async () => {
  const file = join(workDir, 'direct.html');
  writeFileSync(file, renderReport(fixtureAnalysis(), { title: 'Kidal' }));
  const seen = await view(file);
  assert.equal(seen.heading, 'Kidal');
  assert.deepEqual(seen.conflictMarks, ['12', 'Dix-neuf']);
  assert.ok(seen.marksVisible);
  assert.notEqual(seen.markColour, 'rgba(0, 0, 0, 0)');
  assert.match(seen.conflictList, /contradiction\s+bilan des morts/);
  assert.equal(seen.pwned, null);
  assert.equal(seen.links, 0);
  assert.deepEqual(seen.dialogs, []);
  assert.deepEqual(seen.requests, []);
});

test('`recoupe report` on the fixture folder writes the same picture', { skip }, async () => {
  const { command } = await import('../../cli/commands/report.js');
  const file = join(workDir, 'cli.html');
  const errors: string[] = [];
  const status = await command.run([fixtures, '-o', file, '--title', 'Kidal'], { out: () => {}, err: (t) => errors.push(t), interactive: false });
  assert.equal(status, 0, errors.join('\n'));
  const seen = await view(file);
  assert.equal(seen.heading, 'Kidal');
  assert.ok(seen.conflictMarks.includes('12') && seen.conflictMarks.includes('Dix-neuf'), `conflict marks: ${seen.conflictMarks.join(', ')}`);
  assert.equal(seen.pwned, null);
  assert.deepEqual(seen.requests, []);
});
