import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addDays, isoWeek, parseIsoDay, weekdayOf } from './calendar.js';
import { easterSunday, movableFeast } from './holidays.js';

test('ISO weeks at year boundaries', () => {
  assert.equal(isoWeek({ year: 2023, month: 2, day: 7 }), '2023-W06');
  assert.equal(isoWeek({ year: 2021, month: 1, day: 3 }), '2020-W53');
  assert.equal(isoWeek({ year: 2024, month: 12, day: 30 }), '2025-W01');
});

test('day arithmetic crosses months and leap days', () => {
  assert.deepEqual(addDays({ year: 2024, month: 2, day: 28 }, 1), { year: 2024, month: 2, day: 29 });
  assert.deepEqual(addDays({ year: 2023, month: 3, day: 1 }, -1), { year: 2023, month: 2, day: 28 });
  assert.equal(weekdayOf({ year: 2023, month: 2, day: 7 }), 2);
});

test('parseIsoDay accepts dates and datetimes, rejects the rest', () => {
  assert.deepEqual(parseIsoDay('2023-02-07T18:32:00+01:00'), { year: 2023, month: 2, day: 7 });
  assert.equal(parseIsoDay('2023-02-30'), null);
  assert.equal(parseIsoDay(null), null);
});

test('Easter and the feasts counted from it', () => {
  assert.deepEqual(easterSunday(2023), { year: 2023, month: 4, day: 9 });
  assert.deepEqual(easterSunday(1999), { year: 1999, month: 4, day: 4 });
  assert.deepEqual(movableFeast(1999, 49), { year: 1999, month: 5, day: 23 });
});
