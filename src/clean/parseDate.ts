// Publication dates as pages write them, normalised to ISO 8601: metadata values
// ("2023-02-07T18:32:00+01:00", "Tue, 07 Feb 2023 18:32:00 +0100") and visible date lines
// ("Publié le 7 février 2023 à 18h32" -> "2023-02-07T18:32", "07/02/2023" -> "2023-02-07").
import { MONTHS_EN } from './locales/en/months.js';
import { MONTHS_FR } from './locales/fr/months.js';

export interface FoundDate {
  value: string;
  start: number;
  end: number;
}

const MONTHS: Record<string, number> = { ...MONTHS_EN, ...MONTHS_FR };
const MONTH = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
/** "à 18h32", "18:32", ", 6:32 pm", "- 14:16 UTC+1" (the zone is left out). */
const TIME = String.raw`(?:\s*(?:à|at|,|-|–|\||um)?\s*(\d{1,2})\s*(?:h|:)\s*(\d{2})?(?::\d{2})?\s*([ap]\.?m\.?)?(?![\d/]))?`;

const PATTERNS: { regex: RegExp; read: (m: RegExpExecArray) => Parts | null }[] = [
  {
    regex: /(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/giu,
    read: (m) => ({ y: +m[1], mo: +m[2], d: +m[3], h: m[4], mi: m[5], s: m[6], zone: m[7] }),
  },
  {
    regex: new RegExp(String.raw`\b(\d{1,2})(?:er|st|nd|rd|th)?\.?\s+(${MONTH})\.?,?\s+(\d{4})${TIME}`, 'giu'),
    read: (m) => withTime({ y: +m[3], mo: MONTHS[m[2].toLowerCase()], d: +m[1] }, m, 4),
  },
  {
    regex: new RegExp(String.raw`\b(${MONTH})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}`, 'giu'),
    read: (m) => withTime({ y: +m[3], mo: MONTHS[m[1].toLowerCase()], d: +m[2] }, m, 4),
  },
  {
    // Day first, as in French and most of Europe; "02/17/2023" can only be month first.
    regex: new RegExp(String.raw`\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})${TIME}`, 'gu'),
    read: (m) => {
      const [a, b] = [+m[1], +m[2]];
      const [d, mo] = b > 12 && a <= 12 ? [b, a] : [a, b];
      return withTime({ y: +m[3], mo, d }, m, 4);
    },
  },
];

interface Parts {
  y: number;
  mo: number;
  d: number;
  h?: string;
  mi?: string;
  s?: string;
  zone?: string;
  pm?: boolean;
}

function withTime(parts: Parts, m: RegExpExecArray, at: number): Parts {
  if (m[at] === undefined) return parts;
  const pm = m[at + 2] ? /^p/i.test(m[at + 2]) : undefined;
  return { ...parts, h: m[at], mi: m[at + 1] ?? '00', pm };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function toIso(p: Parts): string | null {
  if (!p.mo || p.mo < 1 || p.mo > 12 || p.d < 1 || p.d > 31 || p.y < 1900 || p.y > 2100) return null;
  const date = `${p.y}-${pad(p.mo)}-${pad(p.d)}`;
  if (p.h === undefined) return date;
  let hour = Number(p.h);
  if (p.pm === true && hour < 12) hour += 12;
  if (p.pm === false && hour === 12) hour = 0;
  const minute = Number(p.mi ?? 0);
  if (hour > 23 || minute > 59) return date;
  const seconds = p.s ? `:${p.s}` : '';
  const zone = p.zone ? (p.zone === 'Z' ? 'Z' : p.zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
  return `${date}T${pad(hour)}:${pad(minute)}${seconds}${zone}`;
}

/** Every pattern holds a four-digit year: a text without four digits in a row holds no date. */
const YEAR_DIGITS = /\d{4}/;

/** The first date written in `text`, with its span. */
export function findDate(text: string): FoundDate | null {
  if (!YEAR_DIGITS.test(text)) return null;
  let best: FoundDate | null = null;
  for (const { regex, read } of PATTERNS) {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      const parts = read(m);
      const value = parts && toIso(parts);
      if (value) {
        if (!best || m.index < best.start) best = { value, start: m.index, end: m.index + m[0].trimEnd().length };
        break;
      }
    }
  }
  return best;
}

/** A metadata value as an ISO date or datetime, or null when it holds no date. */
export function normalizeDate(value: string | undefined | null): string | null {
  if (!value) return null;
  return findDate(value.slice(0, 200))?.value ?? null;
}

/** "/2023/02/07/" or "/20230207/" in a URL. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const m = /\/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:\/|[-_]|\.html|$)/.exec(url);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}
