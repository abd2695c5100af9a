// A large event written from templates: the cross-check's shortcuts for large events (readings
// kept across checks, pairs compared through stem ids) must give what the plain path gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, EventCluster } from '../article.js';
import { crossCheckEvent } from './crossCheckEvent.js';
import { readSentences } from './readSentences.js';
import { SENTENCE_READINGS } from './readSentencesOnce.js';
import { containment, cosine, vectorize } from './similarity.js';

const OUTLETS = ['Le Quotidien du Fleuve', 'La Voix du Sahel', 'Radio Delta', 'Nord Matin', 'Agence Sahel Presse', 'Le Courrier de Mopti'];
const LEADS = [
  (n: number) => `Au moins ${n} personnes ont été tuées mardi dans l'effondrement d'un pont sur le fleuve près de Mopti.`,
  (n: number) => `L'effondrement du pont de Mopti a fait ${n} morts mardi selon les secours.`,
  (n: number) => `${n} personnes sont mortes mardi quand le pont sur le fleuve a cédé au passage d'un camion.`,
];
const FACTS = [
  'Le pont avait été construit en 1987 et devait être rénové cette année.',
  'Les plongeurs de la protection civile cherchaient encore des survivants mercredi matin.',
  'Le gouverneur de la région a annoncé trois jours de deuil et une enquête sur le chantier.',
  'Les habitants dénonçaient depuis des mois les fissures visibles sur les piliers du pont.',
  'Le trafic des camions de marchandises est détourné par le bac de Konna en attendant.',
  'Une délégation du ministère des Transports est arrivée sur place dans la soirée.',
];
const LOCAL = ['Le marché de la ville est resté fermé toute la journée.', 'Les écoles voisines ont accueilli les familles des disparus.', 'Un hôpital de campagne a été monté sur la rive gauche.'];

function article(k: number): Article {
  // Most outlets give 12 deaths, one in seven 14: a toll conflict among hundreds of agreements.
  const toll = k % 7 === 3 ? 14 : 12;
  const facts = [FACTS[k % FACTS.length]!, FACTS[(k * 5 + 1) % FACTS.length]!, LOCAL[k % LOCAL.length]!];
  const text = [LEADS[k % LEADS.length]!(toll), ...new Set(facts)].join(' ');
  return {
    id: `m${k}`, url: null, outlet: `${OUTLETS[k % OUTLETS.length]} ${Math.floor(k / OUTLETS.length)}`, title: null,
    published: `2024-03-05T${String(8 + (k % 12)).padStart(2, '0')}:${String(k % 60).padStart(2, '0')}:00Z`, publishedSource: 'stated',
    lang: 'fr', text, mentions: [], dates: [], quotes: [], notes: [],
  } as unknown as Article;
}

function event(size: number): { event: EventCluster; articles: Article[]; duplicateOf: Map<string, string | null> } {
  const articles = Array.from({ length: size }, (_, k) => article(k));
  return {
    event: { id: 'e1', title: 'Pont de Mopti', articles: articles.map((a) => a.id), start: '2024-03-05', end: '2024-03-05', storyline: 's1' },
    articles,
    // One article in ten is a reprint of the one before it.
    duplicateOf: new Map(articles.map((a, k) => [a.id, k % 10 === 9 ? `m${k - 1}` : null])),
  };
}

test('300 articles: a check from kept readings gives what a check from fresh readings gives', () => {
  const input = event(300);
  SENTENCE_READINGS.clear();
  const fresh = crossCheckEvent(input);
  const kept = crossCheckEvent(input);
  assert.deepEqual(kept, fresh);
  assert.ok(fresh.claims[0]!.origins >= 50, 'the lead facts are confirmed by many outlets');
  assert.ok(fresh.conflicts.some((c) => c.kind === 'number' && c.about === 'death toll'));
});

test('a batch later: the event grown by 20 articles, its first 300 read from memory', () => {
  const grown = event(320);
  crossCheckEvent(event(300));
  const kept = crossCheckEvent(grown);
  SENTENCE_READINGS.clear();
  assert.deepEqual(kept, crossCheckEvent(grown));
});

test('similarities through stem ids are the plain ones, to the last bit', () => {
  const sentences = event(40).articles.flatMap((a) => readSentences(a));
  const vectors = vectorize(sentences);
  const plainCosine = (i: number, j: number) => {
    const [a, b] = vectors.vectors[i]!.size <= vectors.vectors[j]!.size ? [i, j] : [j, i];
    let dot = 0;
    for (const [stem, x] of vectors.vectors[a]!) dot += x * (vectors.vectors[b]!.get(stem) ?? 0);
    const norm = vectors.norms[i]! * vectors.norms[j]!;
    return norm > 0 ? dot / norm : 0;
  };
  const plainContainment = (i: number, j: number) => {
    const [a, b] = vectors.vectors[i]!.size <= vectors.vectors[j]!.size ? [vectors.vectors[i]!, vectors.vectors[j]!] : [vectors.vectors[j]!, vectors.vectors[i]!];
    if (a.size < 4) return 0;
    let shared = 0;
    let total = 0;
    for (const [stem, x] of a) {
      total += x;
      if (b.has(stem)) shared += x;
    }
    return total > 0 ? shared / total : 0;
  };
  for (let i = 0; i < sentences.length; i++) {
    for (let j = 0; j < sentences.length; j++) {
      assert.equal(cosine(vectors, i, j), plainCosine(i, j));
      assert.equal(containment(vectors, i, j), plainContainment(i, j));
    }
  }
});
