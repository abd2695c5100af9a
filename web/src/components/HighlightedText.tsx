// Article text with its spans highlighted, built from text nodes only: the article is never
// parsed as HTML, so markup in it shows as the characters it is.
//
// Spans nest and overlap (a name inside a quote): the text is cut at every span boundary, and
// each piece carries the classes of all the spans covering it.
import type { Mark } from '../api.js';
import { Link } from '../router.js';

export interface Piece {
  start: number;
  text: string;
  marks: Mark[];
}

/** The id of a conflicting value in one article's text, so the conflict list can link to it. */
export function valueAnchor(conflict: string, article: string): string {
  return `value-${conflict}-${article}`;
}

export function cutPieces(text: string, marks: Mark[]): Piece[] {
  const cuts = new Set<number>([0, text.length]);
  for (const mark of marks) {
    if (mark.start < 0 || mark.end > text.length || mark.start >= mark.end) continue;
    cuts.add(mark.start);
    cuts.add(mark.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    pieces.push({ start, text: text.slice(start, end), marks: marks.filter((m) => m.start <= start && m.end >= end) });
  }
  return pieces;
}

function className(marks: Mark[]): string {
  return marks.map((m) => (m.kind === 'entity' ? `m-entity m-${m.entityType ?? 'other'}` : `m-${m.kind}`)).join(' ');
}

function title(marks: Mark[]): string | undefined {
  const labels = marks.map((m) => m.label).filter((label): label is string => Boolean(label));
  return labels.length > 0 ? [...new Set(labels)].join(' · ') : undefined;
}

export function HighlightedText({ text, marks, article }: { text: string; marks: Mark[]; article: string }) {
  return (
    <>
      {cutPieces(text, marks).map((piece, index) => {
        if (piece.marks.length === 0) return piece.text;
        const entity = piece.marks.find((m) => m.kind === 'entity' && m.ref);
        const conflict = piece.marks.find((m) => m.kind === 'conflict');
        const Tag = conflict ? 'mark' : 'span';
        const id = conflict?.ref && conflict.start === piece.start ? valueAnchor(conflict.ref, article) : undefined;
        const inner = (
          <Tag key={index} id={id} class={className(piece.marks)} title={title(piece.marks)}>
            {piece.text}
          </Tag>
        );
        return entity ? (
          <Link key={index} href={`/entities/${encodeURIComponent(entity.ref!)}`} class="m-link">
            {inner}
          </Link>
        ) : (
          inner
        );
      })}
    </>
  );
}

/** Search snippets: plain spans to emphasise. */
export function Snippet({ text, marks }: { text: string; marks: { start: number; end: number }[] }) {
  const asMarks: Mark[] = marks.map((m) => ({ start: m.start, end: m.end, kind: 'quote', ref: null, label: null }));
  return (
    <>
      {cutPieces(text, asMarks).map((piece, index) => (piece.marks.length > 0 ? <mark key={index}>{piece.text}</mark> : piece.text))}
    </>
  );
}
