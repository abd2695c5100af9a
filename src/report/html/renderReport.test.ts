import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderReport } from './renderReport.js';
import { crossCheckEvent } from '../../crosscheck/crossCheckEvent.js';
import { loadFixture } from '../../crosscheck/fixtures/loadFixture.js';
import type { Analysis } from '../../pipeline.js';

const PAYLOAD = '<script>alert(1)</script><img src=x onerror=alert(2)>';

/** An Analysis for one fixture event, as the pipeline would hand it over. */
function analysisOf(name: string, tamper: (a: Analysis) => void = () => {}): Analysis {
  const { event, articles, duplicateOf } = loadFixture(name);
  const { claims, conflicts, summary } = crossCheckEvent({ event, articles, duplicateOf });
  const analysis = {
    articles: articles.map((a) => ({ ...a, duplicateOf: duplicateOf.get(a.id) ?? null, duplicateKind: null, event: event.id })),
    events: [{ ...event, summary }],
    storylines: [{ id: event.storyline, title: 'Story', events: [event.id] }],
    entities: [],
    quotes: [],
    dates: [],
    claims,
    conflicts,
    duplicates: [],
    problems: [],
    versions: {},
  } as unknown as Analysis;
  tamper(analysis);
  return analysis;
}

// The fixture's articles are French: the conflict reads "bilan des morts", its key stays "death toll".
test('the report marks both values of a conflict in their texts and lists them', () => {
  const page = renderReport(analysisOf('toll-contradiction'));
  assert.match(page, /<mark class="conflict" title="bilan des morts: 12 \(contradiction\)" id="val-e1-x1-a1">12<\/mark>/);
  assert.match(page, /<mark class="conflict"[^>]*>Quatorze<\/mark>/);
  assert.match(page, /<span class="badge contradiction">contradiction<\/span> <strong title="death toll">bilan des morts<\/strong>/);
  assert.match(page, /2 independent sources/);
});

test('an update is shown as one, and a reprint group as a single origin', () => {
  assert.match(renderReport(analysisOf('toll-update')), /<span class="badge update">update<\/span>/);
  const reprints = renderReport(analysisOf('reprints'));
  assert.match(reprints, /single origin/);
  assert.match(reprints, /reprint of Agence Maghreb/);
});

test('untrusted article fields never become markup', () => {
  const page = renderReport(
    analysisOf('toll-contradiction', (a) => {
      const first = a.articles[0]!;
      first.title = PAYLOAD;
      first.outlet = '"><svg onload=alert(3)>';
      first.url = 'javascript:alert(4)';
      first.text = `${PAYLOAD} ${first.text}`;
      a.events[0]!.title = PAYLOAD;
      a.problems.push({ file: PAYLOAD, message: PAYLOAD });
    }),
  );
  assert.doesNotMatch(page, /<script|<img|<svg|javascript:/i);
  assert.match(page, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
});

test('the page is self-contained: no external resource, no script', () => {
  const page = renderReport(analysisOf('arrival-years'));
  assert.doesNotMatch(page, /<script|<link|src=|@import|url\(/i);
  assert.match(page, /^<!doctype html>/);
});
