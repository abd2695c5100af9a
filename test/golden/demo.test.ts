// Golden tests: `analyze` on the demo corpus reproduces its gold labels (demo/gold.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoReport, fold, gold } from './demoAnalysis.js';
import { reportErrors } from '../validateReport.js';

test('the demo report validates against docs/report.schema.json', async () => {
  const report = await demoReport();
  assert.deepEqual(reportErrors(report), []);
  assert.deepEqual(report.problems, [], 'the demo corpus reads without problems');
});

test('every gold article is analysed', async () => {
  const ids = new Set((await demoReport()).articles.map((a) => a.id));
  const missing = gold.articles.map((a) => a.id).filter((id) => !ids.has(id));
  assert.deepEqual(missing, []);
});

test('gold events are reproduced: one event per happening, none mixed', async () => {
  const report = await demoReport();
  const eventOf = new Map(report.articles.map((a) => [a.id, a.event]));
  for (const event of gold.events) {
    const found = new Set(event.articles.map((id) => eventOf.get(id)));
    assert.equal(found.size, 1, `${event.id} is split over ${[...found].join(', ')}`);
  }
  const goldOf = new Map(gold.events.flatMap((e) => e.articles.map((id) => [id, e.id] as const)));
  for (const event of report.events) {
    const golds = new Set(event.articles.map((id) => goldOf.get(id)).filter(Boolean));
    assert.ok(golds.size <= 1, `${event.id} mixes ${[...golds].join(', ')}`);
  }
});

test('gold storylines link their events', async () => {
  const report = await demoReport();
  const eventOf = new Map(report.articles.map((a) => [a.id, a.event]));
  const storylineOf = new Map(report.events.map((e) => [e.id, e.storyline]));
  for (const storyline of gold.storylines) {
    const events = storyline.events.map((id) => gold.events.find((e) => e.id === id)!);
    const found = new Set(events.map((e) => storylineOf.get(eventOf.get(e.articles[0])!)));
    assert.equal(found.size, 1, `${storyline.id} is split over storylines ${[...found].join(', ')}`);
  }
});

test('duplicate groups are found with their origin', async () => {
  const report = await demoReport();
  const article = new Map(report.articles.map((a) => [a.id, a]));
  for (const group of gold.duplicates) {
    for (const member of group.members.filter((m) => m !== group.origin)) {
      assert.equal(article.get(member)?.duplicateOf, group.origin, `${member} is a copy of ${group.origin}`);
    }
  }
  const copies = new Set(gold.duplicates.flatMap((g) => g.members.filter((m) => m !== g.origin)));
  const spurious = report.articles.filter((a) => a.duplicateOf && !copies.has(a.id)).map((a) => `${a.id}→${a.duplicateOf}`);
  assert.deepEqual(spurious, [], 'no rewrite is taken for a copy');
});

test('boilerplate is removed and the article body kept', async () => {
  const report = await demoReport();
  const failures: string[] = [];
  for (const expected of gold.articles) {
    const text = report.articles.find((a) => a.id === expected.id)?.text ?? '';
    for (const line of expected.boilerplate) if (text.includes(line)) failures.push(`${expected.id} keeps "${line}"`);
    for (const line of expected.mustKeep) if (!text.includes(line)) failures.push(`${expected.id} lost "${line}"`);
    if (!text.startsWith(expected.bodyStartsWith)) failures.push(`${expected.id} starts "${text.slice(0, 60)}"`);
  }
  assert.deepEqual(failures, []);
});

test('publication dates: stated ones read, missing ones inferred from the event', async () => {
  const report = await demoReport();
  const failures: string[] = [];
  for (const expected of gold.articles) {
    const article = report.articles.find((a) => a.id === expected.id);
    const found = article?.published?.slice(0, 10) ?? null;
    if (expected.published === null) {
      if (article?.publishedSource !== 'inferred') failures.push(`${expected.id}: expected an inferred date, got ${found} (${article?.publishedSource})`);
    } else if (found !== expected.published.slice(0, 10)) {
      failures.push(`${expected.id}: ${found} instead of ${expected.published.slice(0, 10)}`);
    }
  }
  assert.deepEqual(failures, []);
});

test('planted name variants merge into one entity with its roles', async () => {
  const report = await demoReport();
  const failures: string[] = [];
  for (const expected of gold.entities) {
    const holders = new Set(
      expected.variants.flatMap((variant) => report.entities.filter((e) => e.aliases.includes(variant)).map((e) => e.id)),
    );
    if (holders.size !== 1) {
      failures.push(`${expected.name}: variants spread over ${holders.size} entities (${[...holders].map((id) => report.entities.find((e) => e.id === id)?.name).join(' | ')})`);
      continue;
    }
    const entity = report.entities.find((e) => e.id === [...holders][0])!;
    if (fold(entity.name) !== fold(expected.name)) failures.push(`${expected.name}: canonical name is "${entity.name}"`);
    const roles = new Set(entity.roles.map(fold));
    for (const role of expected.roles) if (!roles.has(fold(role))) failures.push(`${expected.name}: role "${role}" missing`);
  }
  assert.deepEqual(failures, []);
});

test('look-alike names stay apart', async () => {
  const report = await demoReport();
  for (const [a, b] of gold.distinct) {
    const merged = report.entities.find((e) => e.aliases.map(fold).includes(fold(a)) && e.aliases.map(fold).includes(fold(b)));
    assert.equal(merged, undefined, `"${a}" and "${b}" were merged into ${merged?.name}`);
  }
});

test('planted quotes are found with their speaker', async () => {
  const report = await demoReport();
  const failures: string[] = [];
  for (const expected of gold.quotes) {
    const candidates = report.quotes
      .filter((q) => q.article === expected.article && overlaps(q.text, expected.text, expected.part !== undefined))
      .sort((a, b) => overlap(b.text, expected.text) - overlap(a.text, expected.text));
    if (candidates.length === 0) {
      failures.push(`${expected.article} (${expected.form}): not found «${expected.text.slice(0, 50)}»`);
      continue;
    }
    const quote = candidates[0];
    if (expected.speaker === null) {
      // An anonymous source ("un diplomate occidental"): no entity may be named as the speaker.
      if (quote.speaker !== null) failures.push(`${expected.article} (${expected.form}): anonymous, but attributed to ${quote.speakerName}`);
    } else if (fold(quote.speakerName ?? '') !== fold(expected.speaker)) {
      failures.push(`${expected.article} (${expected.form}): speaker ${quote.speakerName} instead of ${expected.speaker}`);
    }
    if (quote.direct !== expected.direct) failures.push(`${expected.article} (${expected.form}): direct=${quote.direct}`);
  }
  assert.deepEqual(failures, []);
});

/**
 * Found and gold text are the same quote when each holds at least half of the other's words; one
 * part of an interrupted quote ("« … », a-t-il ajouté, « … »") needs only to be held by the found one.
 */
function overlaps(found: string, expected: string, isPart: boolean): boolean {
  const { ofExpected, ofFound } = coverage(found, expected);
  return ofExpected >= 0.5 && (isPart || ofFound >= 0.5);
}

/** The best of several overlapping quotes is the one whose words best match the gold's (Dice). */
function overlap(found: string, expected: string): number {
  const { ofExpected, ofFound } = coverage(found, expected);
  return (2 * ofExpected * ofFound) / Math.max(ofExpected + ofFound, 1e-9);
}

function coverage(found: string, expected: string): { ofExpected: number; ofFound: number } {
  const words = (t: string) => fold(t).match(/\p{L}+|\d+/gu) ?? [];
  const a = new Set(words(found));
  const b = words(expected);
  const shared = b.filter((w) => a.has(w)).length;
  return { ofExpected: shared / Math.max(b.length, 1), ofFound: shared / Math.max(a.size, 1) };
}
