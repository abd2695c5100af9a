// Calendar arithmetic on plain civil dates (no time zone: a news date is a calendar day).

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export function toIsoDay({ year, month, day }: Ymd): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** "2023-02-07", "2023-02-07T18:32:00+01:00" -> {2023, 2, 7}; anything else -> null. */
export function parseIsoDay(iso: string | null | undefined): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!m) return null;
  const ymd = { year: +m[1], month: +m[2], day: +m[3] };
  return isValidDay(ymd) ? ymd : null;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDay({ year, month, day }: Ymd): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function addDays(d: Ymd, n: number): Ymd {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday, as Date.getUTCDay. */
export function weekdayOf(d: Ymd): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

/** Signed number of days from a to b. */
export function daysBetween(a: Ymd, b: Ymd): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/** ISO 8601 week: "2023-W06" (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeek(d: Ymd): string {
  const thursday = addDays(d, 3 - ((weekdayOf(d) + 6) % 7));
  const week = Math.floor(daysBetween({ year: thursday.year, month: 1, day: 1 }, thursday) / 7) + 1;
  return `${thursday.year}-W${pad(week)}`;
}

export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}
