// The own-events set is well-formed: every gold article is read from its file, every event,
// storyline and duplicate group is consistent, and the stored origin counts follow the rule.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { OWN_EVENTS_DIR, readOwnEventsGold, readOwnEventsRaws } from './ownEventsSet.js';
import { isProblem, readInputs } from '../../src/ingest/readInputs.js';

const gold = readOwnEventsGold();
const articles = new Map(gold.articles.map((a) => [a.id, a]));

test('every file of the set is read without a problem', async () => {
  for await (const item of readInputs([join(OWN_EVENTS_DIR, 'articles')])) {
    assert.ok(!isProblem(item), isProblem(item) ? `${item.file}: ${item.message}` : '');
  }
});

test('every gold article exists, parses, and is the only article of that id', async () => {
  const raws = await readOwnEventsRaws();
  assert.deepEqual(raws.map((r) => r.id).sort(), [...articles.keys()].sort());
  for (const raw of raws) {
    const entry = articles.get(raw.id)!;
    const [path, record] = entry.file.split('#');
    assert.ok(existsSync(join(OWN_EVENTS_DIR, path!)), `${entry.file} missing`);
    assert.ok(raw.file.endsWith(entry.file.replace(/^articles\//, '')), `${raw.id} read from ${raw.file}, gold says ${entry.file}`);
    if (record !== undefined) assert.equal(raw.title, entry.title, raw.id);
    const words = (raw.text ?? raw.html ?? '').replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;
    assert.ok(words >= 100, `${raw.id}: ${words} words`);
  }
});

test('every gold title is in its source', () => {
  for (const a of gold.articles) {
    const source = readFileSync(join(OWN_EVENTS_DIR, a.file.split('#')[0]!), 'utf8').replace(/&amp;/g, '&');
    assert.ok(a.title && (source.includes(a.title) || source.includes(JSON.stringify(a.title).slice(1, -1))), `${a.id}: title not found`);
  }
});

test('publication dates are ISO, or null only when inferable from the event', () => {
  for (const a of gold.articles) {
    if (a.published === null) assert.ok(a.publishedInferable, a.id);
    else assert.match(a.published, /^\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d)?(Z)?)?$/, a.id);
  }
});

test('every event has articles, each article is in exactly its event', () => {
  const listed = gold.events.flatMap((e) => e.articles);
  assert.equal(new Set(listed).size, listed.length, 'an article is listed twice');
  assert.deepEqual([...listed].sort(), [...articles.keys()].sort());
  for (const event of gold.events) {
    assert.ok(event.articles.length >= 1, event.id);
    for (const id of event.articles) assert.equal(articles.get(id)?.event, event.id, id);
    assert.ok(event.start <= event.end, event.id);
  }
});

test('storylines hold their events, in time order', () => {
  const eventById = new Map(gold.events.map((e) => [e.id, e]));
  const inStorylines = gold.storylines.flatMap((s) => s.events);
  assert.deepEqual([...inStorylines].sort(), [...eventById.keys()].sort());
  for (const storyline of gold.storylines) {
    assert.ok(storyline.events.length >= 1, storyline.id);
    const starts = storyline.events.map((id) => eventById.get(id)!.start);
    assert.deepEqual(starts, [...starts].sort(), storyline.id);
    for (const id of storyline.events) assert.equal(eventById.get(id)!.storyline, storyline.id, id);
  }
});

test('duplicate groups match duplicateOf and stay inside one event', () => {
  for (const group of gold.duplicates) {
    assert.ok(group.members.includes(group.origin), group.origin);
    assert.equal(articles.get(group.origin)?.duplicateOf, null, group.origin);
    for (const id of group.members.filter((m) => m !== group.origin)) {
      assert.equal(articles.get(id)?.duplicateOf, group.origin, id);
      assert.equal(articles.get(id)?.event, articles.get(group.origin)?.event, id);
    }
  }
  const copies = gold.articles.filter((a) => a.duplicateOf).map((a) => a.id);
  assert.deepEqual(copies.sort(), gold.duplicates.flatMap((g) => g.members.filter((m) => m !== g.origin)).sort());
});

test('origins count outlets, a reprint counting as its origin', () => {
  for (const event of gold.events) {
    const outlets = new Set(event.articles.map((id) => articles.get(articles.get(id)!.duplicateOf ?? id)!.outlet));
    assert.equal(event.origins, outlets.size, event.id);
  }
});
