// Duplicates counted once: exact copies (same folded text) and near-duplicates (reprints with
// a changed lead, dropped paragraphs, a truncated copy, other boilerplate), found with MinHash
// over word shingles and LSH, so adding an article never compares it with every other one.
//
// A translation is one too (kind "translation"): a dispatch and its machine translation share
// no sentence but the same names and figures paragraph by paragraph (TranslationIndex.ts).
//
// A rewrite of the same story by another outlet is NOT a duplicate: it shares the facts, not
// the sentences (nor their order), and belongs to the same event (src/cluster/), where it
// counts as a source.

import type { Article, DuplicateGroup, DuplicateKind, DuplicateVerdict } from '../article.js';
import { foldedWords } from './foldText.js';
import { strongHash } from './hashing.js';
import { LshIndex } from './lsh.js';
import { containment, estimateJaccard, minhashSignature, NUM_HASHES, type Signature } from './minhash.js';
import { shingles } from './shingles.js';
import { fromRows, type DuplicateIndexState, type RowState } from './DuplicateIndexState.js';
import { TranslationIndex } from './TranslationIndex.js';
import { encodeProfile, translationProfile, type TranslationProfile } from './translationProfile.js';

export type { DuplicateIndexState };

export const VERSION = 'dedup-4';

/**
 * Share of the shorter text's shingles that must be found in the longer one. Reprints keep
 * 0.8 or more (a changed lead costs a few shingles); a truncated copy keeps ~1; two outlets
 * writing up one dispatch in their own words stay under 0.2 even when they share quotations.
 * 0.5 sits in the wide gap, leaving room for the MinHash error (±0.05).
 */
export const NEAR_CONTAINMENT = 0.5;
/**
 * Jaccard floor, so that one shared paragraph does not make a long feature a "copy" of a
 * brief: a brief of 60 words inside a 1,200-word feature has J ≈ 0.05. A lead-only reprint
 * (a fifth of the story) has J ≈ 0.2 and still passes.
 */
export const NEAR_MIN_JACCARD = 0.12;
/** Texts with fewer shingles (about 12 words) are too short to call near-copies: "Read more". */
export const NEAR_MIN_SHINGLES = 8;

export interface Doc {
  id: string;
  published: string | null;
  length: number;
  /** Exact-duplicate key of the folded text. */
  hash: string;
  shingleCount: number;
  group: number;
  verdict: DuplicateVerdict;
  lang: string | null;
  /** What a translation would keep (translationProfile.ts), saved so a reload finds translations. */
  profile: string;
}

interface Group {
  origin: number;
  members: number[];
}

export class DuplicateIndex {
  private readonly docs: Doc[] = [];
  private readonly byId = new Map<string, number>();
  private readonly byHash = new Map<string, number>();
  private readonly groupList: Group[] = [];
  private signatures = new Uint16Array(1024 * NUM_HASHES);
  private readonly lsh = new LshIndex();
  private readonly translations = new TranslationIndex();

  add(article: Article): DuplicateVerdict {
    if (typeof article?.id !== 'string') return { duplicateOf: null, kind: null, similarity: 0 };
    const known = this.byId.get(article.id);
    if (known !== undefined) return this.docs[known]!.verdict;

    const text = textOf(article);
    const words = foldedWords(text);
    const hash = strongHash(words.join(' '));
    const shingleHashes = shingles(text);
    const signature = minhashSignature(shingleHashes);
    const lang = typeof article.lang === 'string' ? article.lang : null;
    const copy = words.length === 0 ? null : this.findMatch(hash, signature, shingleHashes.length);
    // A copy in the same language needs no profile of its own: a translation of it carries the
    // anchors of its group's first member, which has one.
    const profile = copy || words.length === 0 ? null : translationProfile(text, lang);
    const match = copy ?? (profile ? this.findTranslation(lang, profile) : null);

    const index = this.docs.length;
    const doc: Doc = {
      id: article.id,
      published: validDate(article.published),
      length: text.length,
      hash,
      shingleCount: shingleHashes.length,
      group: match ? this.docs[match.doc]!.group : this.groupList.length,
      verdict: { duplicateOf: null, kind: null, similarity: match?.similarity ?? 0 },
      lang,
      profile: profile ? encodeProfile(profile) : '',
    };
    this.store(index, doc, signature);
    if (match) {
      const group = this.groupList[doc.group]!;
      const previousOrigin = group.origin;
      group.members.push(index);
      group.origin = pickOrigin(group.members.map((m) => this.docs[m]!), group.members);
      const origin = group.origin === index ? previousOrigin : group.origin;
      doc.verdict = { duplicateOf: this.docs[origin]!.id, kind: match.kind, similarity: match.similarity };
    } else {
      this.groupList.push({ origin: index, members: [index] });
    }
    return doc.verdict;
  }

  /** Groups of two or more copies, in the order their first member arrived. */
  groups(): DuplicateGroup[] {
    return this.groupList
      .filter((group) => group.members.length > 1)
      .map((group) => ({
        origin: this.docs[group.origin]!.id,
        members: group.members.map((m) => this.docs[m]!.id),
      }));
  }

  /** The origin of the article's group (itself when it has no copy), or undefined if unknown. */
  originOf(articleId: string): string | undefined {
    const index = this.byId.get(articleId);
    if (index === undefined) return undefined;
    return this.docs[this.groupList[this.docs[index]!.group]!.origin]!.id;
  }

  toJSON(): DuplicateIndexState {
    const column = <T>(field: (doc: Doc, position: number) => T): T[] => this.docs.map(field);
    return {
      version: VERSION,
      ids: column((d) => d.id),
      published: column((d) => d.published),
      lengths: column((d) => d.length),
      hashes: column((d) => d.hash),
      shingleCounts: column((d) => d.shingleCount),
      groups: column((d) => d.group),
      verdicts: column(({ verdict }) =>
        verdict.duplicateOf === null || verdict.kind === null ? 0 : [this.byId.get(verdict.duplicateOf)!, verdict.kind, verdict.similarity],
      ),
      signatures: column((_, i) => Buffer.from(this.signatureOf(i).slice().buffer).toString('base64')),
      langs: column((d) => d.lang),
      profiles: column((d) => d.profile),
    };
  }

  static fromJSON(saved: DuplicateIndexState | RowState): DuplicateIndex {
    const state = saved && 'docs' in saved ? fromRows(saved) : saved;
    const index = new DuplicateIndex();
    (state?.ids ?? []).forEach((id, position) => {
      const saved = state.verdicts[position];
      const verdict: DuplicateVerdict = saved
        ? { duplicateOf: state.ids[saved[0]]!, kind: saved[1], similarity: saved[2] }
        : { duplicateOf: null, kind: null, similarity: 0 };
      const group = state.groups[position]!;
      const doc: Doc = {
        id,
        published: state.published[position] ?? null,
        length: state.lengths[position]!,
        hash: state.hashes[position]!,
        shingleCount: state.shingleCounts[position]!,
        group,
        verdict,
        lang: state.langs?.[position] ?? null,
        profile: state.profiles?.[position] ?? '',
      };
      const bytes = Buffer.from(state.signatures[position]!, 'base64');
      const signature = new Uint16Array(NUM_HASHES);
      new Uint8Array(signature.buffer).set(bytes.subarray(0, NUM_HASHES * 2));
      index.store(position, doc, signature);
      const members = index.groupList[group] ?? { origin: position, members: [] };
      members.members.push(position);
      index.groupList[group] = members;
    });
    for (const group of index.groupList) {
      group.origin = pickOrigin(group.members.map((m) => index.docs[m]!), group.members);
    }
    return index;
  }

  private findMatch(
    hash: string,
    signature: Signature,
    shingleCount: number,
  ): { doc: number; kind: DuplicateKind; similarity: number } | null {
    const exact = this.byHash.get(hash);
    if (exact !== undefined) return { doc: exact, kind: 'exact', similarity: 1 };
    if (shingleCount < NEAR_MIN_SHINGLES) return null;

    let best: { doc: number; kind: 'near'; similarity: number } | null = null;
    for (const candidate of this.lsh.candidates(signature)) {
      const other = this.docs[candidate]!;
      if (other.shingleCount < NEAR_MIN_SHINGLES) continue;
      const jaccard = estimateJaccard(signature, this.signatureOf(candidate));
      if (jaccard < NEAR_MIN_JACCARD) continue;
      const similarity = containment(jaccard, shingleCount, other.shingleCount);
      if (similarity < NEAR_CONTAINMENT) continue;
      if (!best || similarity > best.similarity || (similarity === best.similarity && candidate < best.doc)) {
        best = { doc: candidate, kind: 'near', similarity };
      }
    }
    return best;
  }

  /** A document in another language this one translates (or is translated from). */
  private findTranslation(lang: string | null, profile: TranslationProfile): { doc: number; kind: DuplicateKind; similarity: number } | null {
    const match = this.translations.findMatch(lang, profile);
    return match ? { ...match, kind: 'translation' } : null;
  }

  private store(index: number, doc: Doc, signature: Signature): void {
    this.docs.push(doc);
    this.byId.set(doc.id, index);
    if (!this.byHash.has(doc.hash)) this.byHash.set(doc.hash, index);
    if ((index + 1) * NUM_HASHES > this.signatures.length) {
      const grown = new Uint16Array(Math.max((index + 1) * NUM_HASHES, this.signatures.length * 2));
      grown.set(this.signatures);
      this.signatures = grown;
    }
    this.signatures.set(signature, index * NUM_HASHES);
    if (doc.shingleCount >= NEAR_MIN_SHINGLES) this.lsh.insert(index, signature);
    this.translations.insert(index, doc.lang, doc.profile);
  }

  private signatureOf(index: number): Signature {
    return this.signatures.subarray(index * NUM_HASHES, (index + 1) * NUM_HASHES);
  }
}

/** Earliest published wins; undated ones lose to dated ones; then the longest; then the first added. */
function pickOrigin(docs: Doc[], positions: number[]): number {
  let best = 0;
  for (let i = 1; i < docs.length; i++) {
    if (isBetterOrigin(docs[i]!, docs[best]!)) best = i;
  }
  return positions[best]!;
}

function isBetterOrigin(a: Doc, b: Doc): boolean {
  if (a.published !== b.published) {
    if (a.published === null) return false;
    if (b.published === null) return true;
    const ta = Date.parse(a.published);
    const tb = Date.parse(b.published);
    if (ta !== tb) return ta < tb;
  }
  return a.length > b.length;
}

function textOf(article: Article): string {
  const text = typeof article.text === 'string' ? article.text : '';
  if (text.trim() !== '') return text;
  return typeof article.title === 'string' ? article.title : '';
}

function validDate(value: string | null | undefined): string | null {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : null;
}
