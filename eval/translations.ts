// npm run eval:translations — translated duplicates (issue #4): a dispatch and its machine
// translation must fall in one duplicate group; an independent report of the same happening in
// the other language must not. Development fixtures, ours (src/dedup/testing/translations.ts),
// run through the article stages (clean, language, …) and the duplicate index, in publication
// order and in the reverse order (a translation may arrive first: the origin rule then moves).
//
// Pairwise precision/recall over every pair of the fixtures' articles: the gold pairs are the
// report-translation pairs; any other pair grouped (report-independent, translation-independent,
// the FR/EN independent briefs of one happening, across stories) is a false positive.
//
// Two harder readings of the same fixtures, each its own index:
//   blocks        the translation and the independent report reach us as one block (a feed's
//                 description, a flattened page) and the translation drops a paragraph of its
//                 source (a middle one when the fixture's translation dropped none);
//   undetermined  the language stage could not tell the translation's and the independent
//                 report's language ("und"): they are still compared, as the language their
//                 function words lean to;
//   undetermined.ecbplus  the ECB+ texts (../shared/data/news-clustering, all English, many
//                 reports of each happening, no translation) all set to und: the share not
//                 taken for a translation (same-language reports share more anchors than
//                 reports in two languages, so comparing them would find false pairs).

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, RawArticle } from '../src/article.js';
import { DuplicateIndex } from '../src/dedup/DuplicateIndex.js';
import { alignTranslation } from '../src/dedup/alignTranslation.js';
import { translationProfile } from '../src/dedup/translationProfile.js';
import { INDEPENDENT_BRIEFS, TRANSLATION_STORIES, type TranslationStory } from '../src/dedup/testing/translations.js';
import { analyzeArticle, byPublication } from '../src/pipeline.js';
import { pairwise } from '../src/cluster/clusterScores.js';
import { readJsonl, sharedDataset } from './sharedData.js';
import type { EvalResult } from './types.js';

interface Fixture {
  article: Article;
  story: string;
  role: 'original' | 'translation' | 'independent' | 'brief';
}

type Shape = 'paragraphs' | 'blocks';

/** The story's part as it reaches us: its paragraphs, or one block that dropped a paragraph. */
function partText(story: TranslationStory, role: 'original' | 'translation' | 'independent', shape: Shape): string {
  const paragraphs = story[role].paragraphs;
  if (shape === 'paragraphs' || role === 'original') return paragraphs.join('\n\n');
  const dropped = role === 'translation' && story.translation.change === 'none' ? paragraphs.length - 2 : -1;
  return paragraphs.filter((_, i) => i !== dropped).join(' ');
}

function buildFixtures(shape: Shape): Fixture[] {
  const fixtures: Fixture[] = TRANSLATION_STORIES.flatMap((story) =>
    (['original', 'translation', 'independent'] as const).map((role) => {
      const part = story[role];
      const raw: RawArticle = {
        id: `${story.name}/${role}`,
        file: `${story.name}/${role}.txt`,
        title: part.paragraphs[0]!.slice(0, 80),
        text: partText(story, role, shape),
        published: part.published,
        notes: [],
      };
      return { article: analyzeArticle(raw), story: story.name, role };
    }),
  );
  fixtures.push(
    ...INDEPENDENT_BRIEFS.flatMap((brief) =>
      (['fr', 'en'] as const).map((lang) => {
        const text = brief[lang].join(shape === 'blocks' && lang === 'en' ? ' ' : '\n\n');
        const raw: RawArticle = { id: `${brief.name}/${lang}`, file: `${brief.name}/${lang}.txt`, text, published: '2024-01-01T12:00:00Z', notes: [] };
        return { article: analyzeArticle(raw), story: brief.name, role: 'brief' as const };
      }),
    ),
  );
  return fixtures;
}

/** Pairwise scores of one index fed the fixtures in the given order, and the verdicts of another kind than translation. */
function score(fixtures: Fixture[], articles: Article[]) {
  const gold = new Map(fixtures.map((f) => [f.article.id, f.role === 'independent' || f.role === 'brief' ? f.article.id : f.story]));
  const index = new DuplicateIndex();
  const kinds = articles.map((a) => index.add(a).kind);
  const predicted = new Map(articles.map((a) => [a.id, index.originOf(a.id)!]));
  return { ...pairwise(predicted, gold), otherKinds: kinds.filter((k) => k !== null && k !== 'translation').length };
}

export async function run(): Promise<EvalResult> {
  const fixtures = buildFixtures('paragraphs');
  const metrics: Record<string, number> = {};
  const ordered = byPublication(fixtures.map((f) => f.article));
  const orders = { publication: ordered, reversed: [...ordered].reverse() };
  let wrongKinds = 0;
  for (const [name, articles] of Object.entries(orders)) {
    const scores = score(fixtures, articles);
    metrics[`translations.${name}.precision`] = scores.precision;
    metrics[`translations.${name}.recall`] = scores.recall;
    metrics[`translations.${name}.f1`] = scores.f1;
    wrongKinds += scores.otherKinds;
  }
  const blocks = buildFixtures('blocks');
  const undetermined = fixtures.map((f) => (f.role === 'translation' || f.role === 'independent' ? { ...f, article: { ...f.article, lang: 'und' } } : f));
  for (const [name, set] of Object.entries({ blocks, undetermined })) {
    const scores = score(set, byPublication(set.map((f) => f.article)));
    metrics[`translations.${name}.precision`] = scores.precision;
    metrics[`translations.${name}.recall`] = scores.recall;
    metrics[`translations.${name}.f1`] = scores.f1;
    wrongKinds += scores.otherKinds;
  }
  const ecbplus = ecbplusUndetermined();
  if (ecbplus !== null) metrics['translations.undetermined.ecbplus.kept.share'] = ecbplus;
  const expectedLang = (f: Fixture) => (f.role === 'brief' ? f.article.id.slice(-2) : TRANSLATION_STORIES.find((s) => s.name === f.story)![f.role].lang);
  const identified = [...fixtures, ...blocks];
  metrics['translations.languages.identified.share'] = identified.filter((f) => f.article.lang === expectedLang(f)).length / identified.length;
  metrics['translations.otherKinds.count'] = wrongKinds;
  return { metrics, table: scoreTable(fixtures) };
}

/** Share of the ECB+ texts, all given "und", that the duplicate index does not call a translation; null without the data. */
function ecbplusUndetermined(): number | null {
  const dir = sharedDataset('news-clustering');
  const file = dir ? join(dir, 'ecbplus-dev.jsonl') : null;
  if (!file || !existsSync(file)) return null;
  const records = readJsonl<{ id: string; title?: string; text: string }>(file);
  const index = new DuplicateIndex();
  const articles = records.map((r) => ({ id: r.id, title: r.title ?? '', text: r.text, lang: 'und', published: null, notes: [], dates: [], mentions: [], quotes: [] }) as unknown as Article);
  const translations = articles.filter((a) => index.add(a).kind === 'translation').length;
  return 1 - translations / articles.length;
}

/** The alignment of each story's report with its translation and with the independent report. */
function scoreTable(fixtures: Fixture[]): string {
  const profile = new Map(fixtures.map((f) => [`${f.story}/${f.role}`, translationProfile(f.article.text)]));
  const lines = ['story                  translation (containment extent paragraphs)   independent (containment extent paragraphs)'];
  for (const story of TRANSLATION_STORIES) {
    const original = profile.get(`${story.name}/original`)!;
    const t = alignTranslation(original, profile.get(`${story.name}/translation`)!);
    const i = alignTranslation(original, profile.get(`${story.name}/independent`)!);
    const shown = (s: typeof t) => `${s.containment.toFixed(2)} ${s.extent.toFixed(2)} ${s.paragraphs.toFixed(2)}`;
    lines.push(`${story.name.padEnd(22)} ${shown(t).padEnd(46)} ${shown(i)}`);
  }
  return lines.join('\n');
}
