// Translations among the documents of a DuplicateIndex: a French dispatch and its English machine
// translation share no shingle, so they are found by what survives translation (translationProfile.ts),
// candidates first from an index over each article's set of anchors, then checked paragraph by
// paragraph (alignTranslation.ts). Documents of one language are not compared: copies in one
// language are the shingle index's business, and two independent reports in one language share
// more anchors (the same spellings, the same capitalised words) than the check is tuned for. A
// document whose language the language stage could not tell ("und": a short brief, a list of
// names and results) is compared all the same, its profile needs no language: as the language
// its few function words lean to (a single "the"), and with every other when it has none.

import { alignTranslation, type TranslationScore } from './alignTranslation.js';
import { LshIndex } from './lsh.js';
import { minhashSignature } from './minhash.js';
import { decodeProfile, distinctAnchors, isKnownLanguage, type TranslationProfile } from './translationProfile.js';

/**
 * Candidate index over anchor sets: 20 bands of 3 MinHash values. A pair is proposed with chance
 * 1 - (1 - J^3)^20: J = 0.6 -> 0.99, J = 0.5 -> 0.93, J = 0.4 -> 0.74, J = 0.2 -> 0.15. A
 * translation keeps most anchors (J 0.5-0.8: a garbled first name, a title capitalised in one
 * language only); articles that merely share a country and a year fall under 0.2.
 */
export const ANCHOR_BANDS = 20;
export const ANCHOR_ROWS = 3;
/** Fewer distinct anchors than this (a brief, a caption) cannot show an order worth trusting. */
export const MIN_DISTINCT_ANCHORS = 8;
/**
 * Candidates checked per article, those sharing the most bands first: the check costs the
 * product of two anchor counts, so a topic with hundreds of articles in the other language
 * (one war, one election) keeps the cost per article flat.
 */
export const MAX_CHECKED = 12;
/** Aligned anchors over the smaller article's: our fixtures' translations keep 0.69-0.97, their independent reports 0-0.43. */
export const TRANSLATION_CONTAINMENT = 0.6;
/** Aligned anchors over the larger article's: a short translated excerpt still counts, a brief inside a feature not. */
export const TRANSLATION_EXTENT = 0.3;
/**
 * Share of the shorter article's paragraphs (those holding anchors) aligned tightly: a
 * translation of 4 paragraphs with a new lead keeps 3 (0.75); two short reports sharing a lead
 * full of the same names keep 1 of 3.
 */
export const TRANSLATION_PARAGRAPHS = 0.5;

export interface TranslationMatch {
  doc: number;
  similarity: number;
}

export class TranslationIndex {
  /**
   * Each document's profile as encodeProfile wrote it ("" when it cannot be compared), decoded
   * only for the few candidates an add checks: one string per document instead of three typed
   * arrays keeps 100,000 documents in tens of megabytes.
   */
  private readonly profiles: string[] = [];
  private readonly langs: Array<string | null> = [];
  private readonly lsh = new LshIndex(ANCHOR_BANDS, ANCHOR_ROWS);

  /** Keeps document `doc` (0, 1, 2… as the duplicate index numbers them) and its encoded profile. */
  insert(doc: number, lang: string | null, encoded: string): void {
    const profile = encoded ? decodeProfile(encoded) : null;
    const usable = profile !== null && distinctAnchors(profile).length >= MIN_DISTINCT_ANCHORS;
    this.profiles[doc] = usable ? encoded : '';
    this.langs[doc] = languageOf(lang, profile);
    if (usable) this.lsh.insert(doc, signatureOf(profile));
  }

  /** The document this one translates or is translated from, if any (best containment). */
  findMatch(lang: string | null, profile: TranslationProfile): TranslationMatch | null {
    const known = languageOf(lang, profile);
    if (distinctAnchors(profile).length < MIN_DISTINCT_ANCHORS) return null;
    const candidates = [...this.lsh.bandsShared(signatureOf(profile))]
      .filter(([doc]) => this.profiles[doc] !== '' && (known === null || this.langs[doc] !== known))
      .sort((x, y) => y[1] - x[1] || y[0] - x[0])
      .slice(0, MAX_CHECKED);
    let best: TranslationMatch | null = null;
    for (const [doc] of candidates) {
      const score = alignTranslation(profile, decodeProfile(this.profiles[doc]!));
      if (!isTranslation(score)) continue;
      if (!best || score.containment > best.similarity || (score.containment === best.similarity && doc < best.doc)) {
        best = { doc, similarity: Math.min(1, score.containment) };
      }
    }
    return best;
  }
}

export function isTranslation(score: TranslationScore): boolean {
  return score.containment >= TRANSLATION_CONTAINMENT && score.extent >= TRANSLATION_EXTENT && score.paragraphs >= TRANSLATION_PARAGRAPHS;
}

function signatureOf(profile: TranslationProfile) {
  return minhashSignature(distinctAnchors(profile), ANCHOR_BANDS * ANCHOR_ROWS);
}

/** The document's language, else the one its text leans to, else null (compared with all). */
function languageOf(lang: string | null | undefined, profile: TranslationProfile | null): string | null {
  return isKnownLanguage(lang) ? lang : (profile?.lean ?? null);
}
