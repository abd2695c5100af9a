// Claims: sentences of different articles that state the same fact, with their evidence and the
// number of independent sources behind them (reprints of one dispatch count once).
import type { Claim } from '../article.js';
import type { StatedSentence } from './readSentences.js';
import type { Alignment } from './alignSentences.js';
import type { PairScores } from './pairScores.js';
import { countOrigins } from './countOrigins.js';

/** Claims from aligned groups of claimable sentences, best corroborated first. */
export function buildClaims(
  eventId: string,
  sentences: StatedSentence[],
  alignment: Alignment,
  articleText: Map<string, string>,
  origins: Map<string, string>,
  published: Map<string, string | null>,
): Claim[] {
  const claims = alignment.groups
    .map((group) => {
      const members = [...group].sort((x, y) => compareMembers(sentences[x]!, sentences[y]!, published));
      const representative = mostCentral(members, alignment.scores);
      const evidence = members.map((i) => {
        const s = sentences[i]!;
        return { article: s.article, start: s.start, end: s.end, text: articleText.get(s.article)!.slice(s.start, s.end) };
      });
      const articles = [...new Set(evidence.map((e) => e.article))];
      return {
        claim: { id: '', event: eventId, text: sentences[representative]!.text, articles, origins: countOrigins(articles, origins), evidence },
        position: Math.min(...members.map((i) => sentences[i]!.index)),
      };
    })
    .sort((a, b) => b.claim.origins - a.claim.origins || b.claim.articles.length - a.claim.articles.length || a.position - b.position);
  return claims.map(({ claim }, n) => ({ ...claim, id: `${eventId}-c${n + 1}` }));
}

function compareMembers(a: StatedSentence, b: StatedSentence, published: Map<string, string | null>): number {
  const pa = published.get(a.article) ?? '9999';
  const pb = published.get(b.article) ?? '9999';
  return pa < pb ? -1 : pa > pb ? 1 : a.article < b.article ? -1 : 1;
}

function mostCentral(members: number[], scores: PairScores): number {
  let best = members[0]!;
  let bestScore = -1;
  for (const x of members) {
    const total = members.reduce((sum, y) => sum + (x === y ? 0 : scores.get(x, y)), 0);
    if (total > bestScore + 1e-9) {
      best = x;
      bestScore = total;
    }
  }
  return best;
}
