// The web UI as an analyst uses it, in a real headless chromium against `recoupe serve`'s app
// over a fresh store: drop the demo corpus in, open an event, follow a person, search, switch
// language; and an article full of script payloads runs none of them.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { ensureWebAssets } from '../../src/server/ensureWebAssets.js';
import { serveStore, type StoreServer } from '../../src/server/serveStore.js';
import { SqliteStore } from '../../src/store/sqlite/SqliteStore.js';
import { browserSkipReason, launchBrowser } from './browser.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const demoDir = join(root, 'demo', 'articles');
const artifacts = join(root, 'artifacts');
const skip = browserSkipReason() ?? false;

describe('web UI in a browser', { skip }, () => {
  let dir = '';
  let store: SqliteStore;
  let server: StoreServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'recoupe-e2e-'));
    store = SqliteStore.open(join(dir, 'recoupe.db'));
    const web = await ensureWebAssets(() => undefined);
    assert.ok(web, 'the UI is built (npm run build:web)');
    // As `recoupe serve` does: reads in a pool of worker threads, the pipeline in another.
    server = await serveStore(join(dir, 'recoupe.db'), { port: 0, web, log: () => undefined });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'fr-FR' });
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    mkdirSync(artifacts, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('ingests the demo corpus dropped through the file picker, with progress and a report', { timeout: 120_000 }, async () => {
    await page.goto(`${server.url}/ingest`);
    await page.getByRole('heading', { name: 'Ajouter des articles' }).waitFor();
    const files = readdirSync(demoDir).map((name) => join(demoDir, name));
    await page.getByTestId('file-input').setInputFiles(files);
    await page.getByTestId('ingest-status').filter({ hasText: /^Terminé/ }).waitFor({ timeout: 110_000 });
    const report = await page.getByTestId('ingest-report').innerText();
    const added = Number(/(\d+) nouve/.exec(report)?.[1]);
    assert.ok(added >= files.length, `at least one article a file: ${report}`);
    assert.equal(await page.locator('progress').getAttribute('value'), '1');
    assert.equal((await store.stats()).articles, added);
  });

  it('takes a file dropped on the drop zone', async () => {
    await page.goto(`${server.url}/ingest`);
    const dropped = await page.evaluateHandle(() => {
      const data = new (globalThis as any).DataTransfer();
      const text = 'Gao : la crue du fleuve\n\nLe fleuve Niger est sorti de son lit à Gao, où des quartiers entiers ont été inondés mardi, selon la mairie.';
      data.items.add(new (globalThis as any).File([text], 'gao-crue.txt', { type: 'text/plain' }));
      return data;
    });
    await page.locator('.dropzone').dispatchEvent('drop', { dataTransfer: dropped });
    await page.getByTestId('ingest-status').filter({ hasText: /^Terminé/ }).waitFor({ timeout: 60_000 });
    assert.match(await page.getByTestId('ingest-report').innerText(), /1 nouvel article/);
  });

  it('lists events newest first with their sources and independent origins', async () => {
    await page.getByRole('link', { name: 'Événements' }).first().click();
    await page.getByRole('heading', { name: 'Événements', level: 1 }).waitFor();
    const rows = page.locator('.event-row');
    await rows.nth(2).waitFor();
    const dates = await page.locator('.event-row .event-when').allInnerTexts();
    assert.ok(dates.length > 0 && dates.every((d) => d.length > 0));
    const lavrov = rows.filter({ hasText: 'Lavrov' }).filter({ hasText: 'origines indépendantes' }).first();
    assert.match(await lavrov.innerText(), /\d+ sources · \d+ origines indépendantes/);
  });

  it('opens an event: sources side by side, highlights, badges, conflicts, folded copies', async () => {
    await page.locator('.event-row').filter({ hasText: 'Lavrov' }).filter({ hasText: 'origines indépendantes' }).first().locator('a.event-title').click();
    await page.locator('.source').first().waitFor();
    assert.ok((await page.locator('.source-columns > .source').count()) >= 3, 'several sources side by side');
    assert.ok((await page.locator('.source-text .m-entity.m-person').count()) > 0, 'names highlighted');
    assert.ok((await page.locator('.source-text .m-date').count()) > 0, 'dates highlighted');
    assert.ok((await page.locator('.source-text .m-quote').count()) > 0, 'quotes highlighted');
    assert.ok((await page.locator('.source-text mark.m-conflict').count()) > 0, 'conflicting values highlighted');
    assert.ok((await page.locator('.claims .badge').count()) > 0, 'corroboration badges');
    assert.ok((await page.locator('ul.conflicts > li').count()) > 0, 'conflicts listed');
    const copies = page.locator('details.copies').first();
    assert.equal(await copies.getAttribute('open'), null, 'copies folded');
    // The highlighted text is the article's text, character for character.
    const first = await page.locator('.source').first().getAttribute('data-article');
    const api = (await (await fetch(`${server.url}/api/articles/${first}`)).json()) as { text: string };
    assert.equal(await page.locator('.source').first().locator('.source-text').first().textContent(), api.text);
    // A conflicting value in the list leads to that value, marked, in its article's text.
    await page.locator('ul.conflicts a.source-ref').first().click();
    const value = page.locator('.source-text mark.m-conflict.targeted');
    await value.waitFor();
    assert.ok(await value.isVisible());
    await page.screenshot({ path: join(artifacts, 'e2e-event.png'), fullPage: false });
    await page.evaluate(() => (globalThis as any).scrollTo(0, 0));
    await page.locator('#sources-heading').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifacts, 'e2e-event-sources.png') });
  });

  it('follows a person to every spelling, role, event and quote', async () => {
    await page.locator('ul.chips a.m-person', { hasText: 'Lavrov' }).first().click();
    await page.locator('.entity-page h1').waitFor();
    assert.match(await page.locator('.entity-page h1').innerText(), /Lavrov/);
    const spellings = await page.locator('#spellings-heading + ul .chip').allInnerTexts();
    assert.ok(spellings.length >= 2, `several spellings: ${spellings.join(', ')}`);
    assert.ok((await page.locator('.entity-page .event-row').count()) >= 1);
    assert.ok((await page.locator('.entity-page ul.quotes li').count()) >= 1);
    await page.screenshot({ path: join(artifacts, 'e2e-entity.png') });
    await page.locator('.entity-page .event-row a.event-title').first().click();
    await page.locator('.source').first().waitFor();
  });

  it('searches from the keyboard ("/" focuses the search box)', async () => {
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => (globalThis as any).document.activeElement?.getAttribute('type')), 'search');
    await page.keyboard.type('Goïta');
    await page.keyboard.press('Enter');
    await page.locator('ul.hits li').first().waitFor();
    assert.ok((await page.locator('ul.hits mark').count()) > 0, 'matches marked in snippets');
    await page.screenshot({ path: join(artifacts, 'e2e-search.png') });
    const article = /#source-(.+)$/.exec((await page.locator('ul.hits a.hit-title').first().getAttribute('href')) ?? '')?.[1];
    await page.locator('ul.hits a.hit-title').first().click();
    await page.locator('.source').first().waitFor();
    // The article the hit came from is marked and scrolled into view, even inside folded copies.
    const target = page.locator('.targeted');
    assert.equal(await target.getAttribute('data-article'), article);
    assert.ok(await target.isVisible());
  });

  it('filters the timeline by a person typed by name, and lists people', async () => {
    await page.goto(`${server.url}/`);
    const all = Number(/(\d+)/.exec(await page.locator('p[aria-live]').innerText())?.[1]);
    await page.getByLabel('Personne ou organisation').fill('lavrov');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.locator('.active-filter').filter({ hasText: 'Lavrov' }).waitFor();
    const some = Number(/(\d+)/.exec(await page.locator('p[aria-live]').innerText())?.[1]);
    assert.ok(some >= 1 && some < all, `${some} of ${all} events mention him`);
    await page.getByRole('link', { name: 'Personnes et lieux' }).click();
    await page.getByLabel('Type').selectOption('person');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.waitForURL(/type=person/);
    await page.locator('.entity-table tbody tr').first().waitFor();
    const types = await page.locator('.entity-table tbody td:nth-child(2)').allInnerTexts();
    assert.ok(types.length >= 3 && types.every((type) => type === 'personne'), types.join(', '));
  });

  it('switches the interface between French and English', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { name: 'Événements', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Events', level: 1 }).waitFor();
    assert.equal(await page.evaluate(() => (globalThis as any).document.documentElement.lang), 'en');
    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('heading', { name: 'Événements', level: 1 }).waitFor();
  });

  it('runs none of the script an article carries', async () => {
    const payload = {
      title: 'Bamako <img src=x onerror="window.__pwned=\'title\'"> sommet',
      url: 'javascript:window.__pwned="url"',
      outlet: '<script>window.__pwned="outlet"</script>',
      published: '2024-06-01',
      html:
        '<html><body><article><h1>Bamako : sommet</h1>' +
        '<p>Le sommet de Bamako a réuni mardi les ministres des Affaires étrangères de la région, qui ont discuté de la sécurité le long des frontières et du commerce des céréales. <script>window.__pwned="script"</script></p>' +
        '<p>Les délégations ont signé une déclaration commune <img src="x" onerror="window.__pwned=\'onerror\'"> et annoncé un <a href="javascript:window.__pwned=\'link\'">prochain sommet</a> à Niamey au mois de septembre, selon le communiqué final.</p>' +
        '<p>Le communiqué cite la chaîne &lt;script&gt;window.__pwned="literal"&lt;/script&gt; et la balise &lt;img src=x onerror=alert(1)&gt; que les ministres ont fait lire en séance, pour illustrer les risques des sites piratés.</p>' +
        '</article></body></html>',
    };
    const response = await fetch(`${server.url}/api/articles`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(payload),
    });
    assert.equal(response.status, 200);
    const report = (await response.json()) as { added: string[] };
    assert.equal(report.added.length, 1);

    const dialogs: string[] = [];
    const violations: string[] = [];
    const onDialog = (dialog: { message(): string; dismiss(): Promise<void> }) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    };
    page.on('dialog', onDialog);
    await page.exposeFunction('__reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      const page = globalThis as any;
      page.document.addEventListener('securitypolicyviolation', (e: any) => page.__reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const { event } = (await (await fetch(`${server.url}/api/articles/${report.added[0]}`)).json()) as { event: string };
    await page.goto(`${server.url}/events/${event}`);
    const source = page.locator(`.source[data-article="${report.added[0]}"]`);
    await source.waitFor();
    const text = (await source.textContent()) ?? '';
    assert.match(text, /<script>window.__pwned="outlet"<\/script>/, 'markup in a field shows as text');
    assert.match(text, /<script>window.__pwned="literal"<\/script>/, 'markup in the article shows as text');
    assert.match(text, /<img src=x onerror=alert\(1\)>/);
    assert.equal(await source.locator('img, script, iframe, object').count(), 0);
    assert.equal(await page.locator('a[href^="javascript:"]').count(), 0, 'no javascript: link');
    assert.equal(await page.locator('[onerror], [onclick], [onload]').count(), 0, 'no inline handler');
    for (const link of await source.locator('a').all()) await link.click({ modifiers: ['Control'] }).catch(() => undefined);
    await page.goto(`${server.url}/search?q=sommet`);
    await page.locator('ul.hits li').first().waitFor();
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => (globalThis as any).__pwned), undefined, 'no payload ran');
    assert.deepEqual(dialogs, []);
    assert.deepEqual(violations, [], 'not even an attempt blocked by the CSP');
    page.off('dialog', onDialog);
  });

  it('met no script error on any page', () => {
    assert.deepEqual(pageErrors, []);
  });
});
