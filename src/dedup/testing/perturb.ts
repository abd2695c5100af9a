// Copies of an article as the web makes them, for the duplicate evaluation and the benchmark:
// a reprint with a new lead, a copy with paragraphs dropped, a truncated copy, a copy wrapped in
// another site's boilerplate. Deterministic for a given seed.

export type CopyKind = 'new-lead' | 'dropped-paragraphs' | 'truncated' | 'boilerplate';

export const COPY_KINDS: readonly CopyKind[] = ['new-lead', 'dropped-paragraphs', 'truncated', 'boilerplate'];

const LEADS = [
  'Updated with new details throughout.',
  'This story has been corrected to fix the spelling of a name.',
  'Here is what we know so far about the events of the day.',
];
const BOILERPLATE = [
  'Subscribe to our newsletter to receive the best of the news every morning.',
  'Share this article on social networks. Follow us for live updates.',
  'Copyright 2024 by the publisher. All rights reserved. This material may not be redistributed.',
];

/** Sentences or lines of a text: the units a copy keeps or drops. */
export function units(text: string): string[] {
  const lines = text.split(/\n+/).map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length >= 4) return lines;
  return text.split(/(?<=[.!?])\s+/).map((s) => s.trim()).filter((s) => s !== '');
}

export function makeCopy(text: string, kind: CopyKind, seed: number): string {
  const parts = units(text);
  const pick = <T>(list: readonly T[]) => list[seed % list.length]!;
  switch (kind) {
    case 'new-lead':
      return [pick(LEADS), ...parts.slice(1)].join('\n');
    case 'dropped-paragraphs':
      return parts.filter((_, i) => i === 0 || (i + seed) % 4 !== 0).join('\n');
    case 'truncated':
      return parts.slice(0, Math.max(2, Math.ceil(parts.length * 0.4))).join('\n');
    case 'boilerplate':
      return [pick(BOILERPLATE), ...parts, pick(BOILERPLATE.slice().reverse())].join('\n');
  }
}
