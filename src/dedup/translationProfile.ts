// What a translation keeps of its source, whatever the language: the figures, the names, the
// dates, in the same order and the same paragraphs. Each is an "anchor" hashed to 32 bits:
//   "Sergueï Lavrov est arrivé mardi 7 février à Bamako" -> n:sergei n:lavrov d2 #7 m2 n:bamako
//   "Sergei Lavrov arrived in Bamako on Tuesday, February 7" -> n:sergei n:lavrov n:bamako d2 m2 #7
// Names are folded with the entity stage's keys, so transliterations meet ("Sergueï"/"Sergei"
// -> "sergei") and exonyms too ("Maroc"/"Morocco" -> c:MA, "malienne"/"Malian" -> c:ML).
//
// A text that reached us as one block (a feed's description, a flattened page) has no paragraphs
// to align, so its units are its sentences: a machine translation keeps the source's sentence
// breaks, and alignTranslation pairs a run of them with a paragraph of the other text.

import { demonymOf, placeOf } from '../extract/entities/gazetteer.js';
import { foldName, soundKey } from '../extract/entities/normalizeName.js';
import { leaningLanguage } from '../language/identifyLanguage.js';
import { hash32 } from './hashing.js';
import { CALENDAR_WORDS, CAPITALISED_ONLY, TITLE_WORDS } from './locales/anchorWords.js';

export interface TranslationProfile {
  /** Anchor hashes in text order. */
  anchors: Uint32Array;
  /** For each unit (paragraph, or sentence) holding anchors, in order: the index in `anchors` where it ends. */
  ends: Uint32Array;
  /** For each such unit: its length in characters. */
  lengths: Uint32Array;
  /** The units are the sentences of a text written as one block, not paragraphs. */
  sentences: boolean;
  /**
   * For a text whose language is not known ("und"), the language its few function words lean to
   * (leaningLanguage), else null: two texts likely in one language are no translation pair.
   */
  lean: string | null;
}

/**
 * Anchors kept per article: a long feature's first 300 cover its first dozen paragraphs, which
 * is where a translation is told from a rewrite, and the cost of comparing two profiles (the
 * product of their anchor counts) stays bounded.
 */
export const MAX_ANCHORS = 300;

/**
 * A figure: digits with thousands separators of either language ("1 200", "1,200") and a
 * decimal part ("3,5", "3.5"). Only its digits are kept, so every spelling gives one anchor.
 */
const TOKEN = /(\d+(?:[ \u00a0\u202f.,]\d{3}(?!\d))*(?:[.,]\d+)?)|(\p{L}[\p{L}\p{M}]*)|([.!?]+)/gu;
const UPPER = /^\p{Lu}/u;
const NON_DIGIT = /\D/g;

interface Draft {
  key: string;
  /** A capitalised word opening a sentence: a name only if the text also writes it mid-sentence. */
  opening: boolean;
}

/** The anchors of one unit of text (a paragraph or a sentence) and its length. */
interface UnitDrafts {
  drafts: Draft[];
  length: number;
}

/** `lang`: the article's language; when it is not known, the profile records the text's lean. */
export function translationProfile(text: string, lang?: string | null): TranslationProfile {
  const paragraphs = text.split('\n').filter((line) => line.trim() !== '');
  const sentences = paragraphs.length === 1;
  const units = sentences ? sentenceDrafts(paragraphs[0]!) : paragraphs.map((p) => ({ drafts: textDrafts(p), length: p.trim().length }));
  const namesMidSentence = new Set(units.flatMap((u) => u.drafts).filter((d) => !d.opening).map((d) => d.key));
  const anchors: number[] = [];
  const ends: number[] = [];
  const lengths: number[] = [];
  // A sentence left without anchors lends its length (and the space after it) to the next one.
  let carried = 0;
  for (const unit of units) {
    const before = anchors.length;
    for (const draft of unit.drafts) {
      if (anchors.length >= MAX_ANCHORS) break;
      if (!draft.opening || namesMidSentence.has(draft.key)) anchors.push(hash32(draft.key));
    }
    if (anchors.length > before) {
      ends.push(anchors.length);
      lengths.push(carried + unit.length);
      carried = 0;
    } else if (sentences) {
      carried += unit.length + 1;
    }
  }
  const lean = isKnownLanguage(lang) ? null : leaningLanguage(text);
  return { anchors: Uint32Array.from(anchors), ends: Uint32Array.from(ends), lengths: Uint32Array.from(lengths), sentences, lean };
}

/** A language code that says something ("fr", "en"), not "und" or empty. */
export function isKnownLanguage(lang: string | null | undefined): lang is string {
  return typeof lang === 'string' && /^[a-z]{2,3}$/.test(lang) && lang !== 'und';
}

/**
 * A block's sentences, each with the anchors it may hold. A sentence without any lends its
 * length to the next one, so the lengths of a run of units add up to the text they cover.
 */
function sentenceDrafts(block: string): UnitDrafts[] {
  const units: UnitDrafts[] = [];
  let unitStart = 0;
  let drafts: Draft[] = [];
  const close = (end: number) => {
    if (drafts.length === 0) return;
    units.push({ drafts, length: block.slice(unitStart, end).trim().length });
    unitStart = end;
    drafts = [];
  };
  scanAnchors(block, (draft) => drafts.push(draft), (end) => close(end));
  close(block.length);
  return units;
}

function textDrafts(text: string): Draft[] {
  const drafts: Draft[] = [];
  scanAnchors(text, (draft) => drafts.push(draft), () => {});
  return drafts;
}

/** Each anchor of the text in order, and the offset where each sentence ends. */
function scanAnchors(text: string, onDraft: (draft: Draft) => void, onSentenceEnd: (end: number) => void): void {
  let sentenceStart = true;
  for (const match of text.matchAll(TOKEN)) {
    const [, figure, word] = match;
    if (figure !== undefined) {
      onDraft({ key: `#${figure.replace(NON_DIGIT, '').replace(/^0+(?=\d)/, '')}`, opening: false });
      sentenceStart = false;
    } else if (word !== undefined) {
      const draft = wordAnchor(word, sentenceStart);
      if (draft) onDraft(draft);
      sentenceStart = false;
    } else {
      sentenceStart = true;
      onSentenceEnd(match.index + match[0].length);
    }
  }
}

/** A word's anchor: a calendar word, a country (name or nationality), a place, or a name. */
function wordAnchor(word: string, sentenceStart: boolean): Draft | null {
  const folded = foldName(word);
  const capitalised = UPPER.test(word);
  const calendar = CALENDAR_WORDS.get(folded);
  if (calendar && (!CAPITALISED_ONLY.has(folded) || (capitalised && !sentenceStart))) return { key: calendar, opening: false };
  const country = demonymOf(folded);
  if (country) return { key: `c:${country}`, opening: false };
  if (!capitalised || word.length < 2 || TITLE_WORDS.has(folded)) return null;
  const place = placeOf(folded);
  if (place?.country || place?.key) return { key: place.country ? `c:${place.country}` : `p:${place.key}`, opening: false };
  return { key: `n:${soundKey(folded)}`, opening: sentenceStart };
}

/** Distinct anchors: what the candidate index hashes. */
export function distinctAnchors(profile: TranslationProfile): Uint32Array {
  return Uint32Array.from(new Set(profile.anchors));
}

/**
 * The profile as one base64 string: [units, lean?, ends…, lengths…, anchors…] as 32-bit words.
 * The first word's top bit is set when the units are sentences, the next bit when a lean follows
 * (up to four ASCII letters in one word). Profiles saved before either existed read as
 * paragraphs without a lean, which they are.
 */
const SENTENCE_UNITS = 0x80000000;
const WITH_LEAN = 0x40000000;
const FLAGS = SENTENCE_UNITS | WITH_LEAN;

export function encodeProfile(profile: TranslationProfile): string {
  const lean = profile.lean ? 1 : 0;
  const words = new Uint32Array(1 + lean + profile.ends.length * 2 + profile.anchors.length);
  words[0] = (profile.ends.length | (profile.sentences ? SENTENCE_UNITS : 0) | (lean ? WITH_LEAN : 0)) >>> 0;
  if (profile.lean) words[1] = packCode(profile.lean);
  words.set(profile.ends, 1 + lean);
  words.set(profile.lengths, 1 + lean + profile.ends.length);
  words.set(profile.anchors, 1 + lean + profile.ends.length * 2);
  return Buffer.from(words.buffer).toString('base64');
}

export function decodeProfile(encoded: string): TranslationProfile {
  const bytes = Buffer.from(encoded, 'base64');
  const words = new Uint32Array(bytes.length >>> 2);
  new Uint8Array(words.buffer).set(bytes.subarray(0, words.length * 4));
  const header = words[0] ?? 0;
  const units = header & ~FLAGS;
  const lean = header & WITH_LEAN ? 1 : 0;
  return {
    ends: words.slice(1 + lean, 1 + lean + units),
    lengths: words.slice(1 + lean + units, 1 + lean + units * 2),
    anchors: words.slice(1 + lean + units * 2),
    sentences: (header & SENTENCE_UNITS) !== 0,
    lean: lean ? unpackCode(words[1]!) : null,
  };
}

function packCode(code: string): number {
  let packed = 0;
  for (let i = 0; i < Math.min(4, code.length); i++) packed |= (code.charCodeAt(i) & 0xff) << (8 * i);
  return packed >>> 0;
}

function unpackCode(packed: number): string {
  let code = '';
  for (let i = 0; i < 4 && (packed >>> (8 * i)) & 0xff; i++) code += String.fromCharCode((packed >>> (8 * i)) & 0xff);
  return code;
}
