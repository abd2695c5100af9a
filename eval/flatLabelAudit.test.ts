import assert from 'node:assert/strict';
import { test } from 'node:test';
import { auditReadings, f1, sampleBucket } from './flatLabelAudit.js';

test('a line falls in the same sample bucket on every run', () => {
  assert.equal(sampleBucket('page-a:12'), sampleBucket('page-a:12'));
  const buckets = new Set(Array.from({ length: 200 }, (_, i) => sampleBucket(`page:${i}`)));
  assert.equal(buckets.size, 8, 'two hundred keys spread over all eight buckets');
});

test('judged errors stand for the errors of their kind outside the sample', () => {
  // 100 fp and 200 fn measured; the sample judged 10 fp (all ours) and 20 fn (10 artefacts, 10 ours).
  const all = { tp: 700, fp: 100, fn: 200 };
  const judged = { artefact: { tp: 0, fp: 0, fn: 10 }, ambiguous: { tp: 0, fp: 0, fn: 0 }, ours: { tp: 0, fp: 10, fn: 10 } };
  const { corrected, fixed } = auditReadings(all, judged);
  assert.deepEqual(corrected, { tp: 700, fp: 100, fn: 100 });
  assert.deepEqual(fixed(['ours']), { tp: 800, fp: 0, fn: 100 });
  assert.ok(f1(fixed(['ours'])) < 1, 'the artefacts keep the ceiling below 1');
});
