// A small analyzer with rules a test can predict, so the store contract checks storage
// (idempotence, incremental joins, filters, search) and not the pipeline's heuristics:
//   - an event per first word of the title ("Bamako : …" and "Bamako, …" share one);
//   - exact duplicates: the same text;
//   - entities: capitalised words, places from a fixed list; quotes: «…»;
//   - credit: a wire named in brackets, "(AFP)";
//   - an article whose text holds FAIL_MARKER makes the corpus fail on add.
import type { Article, Entity, EntityMention, EventCluster, QuoteMention, RawArticle } from '../../article.js';
import type { Analyzer, CorpusIndex, EventFindings, Placement } from '../Analyzer.js';

export const FAIL_MARKER = '#fail';
const PLACES = new Set(['Bamako', 'Paris', 'Kyiv', 'Mali', 'Lyon']);

interface State {
  articles: { id: string; text: string; published: string | null; event: string; duplicateOf: string | null }[];
  events: { id: string; key: string; title: string }[];
  entities: { id: string; name: string; aliases: string[]; mentions: { article: string; start: number; end: number; text: string }[] }[];
}

export const tinyAnalyzer: Analyzer = {
  versions: { tiny: 'tiny-1' },
  analyzeArticle,
  byPublication: (articles) =>
    [...articles].sort((a, b) => (a.published ?? '\uffff').localeCompare(b.published ?? '\uffff') || a.id.localeCompare(b.id)),
  emptyCorpus: () => new TinyCorpus({ articles: [], events: [], entities: [] }),
  loadCorpus: (state) => new TinyCorpus(structuredClone(state as State)),
};

function analyzeArticle(raw: RawArticle): Article {
  const text = raw.text ?? (raw.html ?? '').replace(/<[^>]*>/g, ' ').trim();
  const mentions: EntityMention[] = [...text.matchAll(/\p{Lu}\p{Ll}+/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    name: m[0],
    type: PLACES.has(m[0]) ? 'location' : 'person',
  }));
  const quotes: QuoteMention[] = [...text.matchAll(/«\s*([^»]+?)\s*»/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[1]!,
    direct: true,
    speakerName: null,
    speakerSpan: null,
    speakerMention: null,
    cue: null,
  }));
  return {
    id: raw.id,
    file: raw.file,
    url: raw.url ?? null,
    outlet: raw.outlet ?? null,
    author: raw.author ?? null,
    credit: /\((AFP|Reuters)\)/u.exec(text)?.[1] ?? null,
    title: raw.title ?? text.split('\n')[0]!,
    published: raw.published ?? null,
    publishedSource: raw.published ? 'metadata' : null,
    lang: raw.lang ?? 'fr',
    text,
    removed: [],
    dates: [],
    mentions,
    quotes,
    notes: [...raw.notes],
  };
}

class TinyCorpus implements CorpusIndex {
  constructor(private readonly state: State) {}

  add(article: Article): { article: Article; placement: Placement } {
    if (article.text.includes(FAIL_MARKER)) throw new Error('tiny corpus refuses this article');
    const key = article.title.split(/[\s,:]+/)[0]!.toLowerCase();
    let event = this.state.events.find((e) => e.key === key);
    if (!event) {
      event = { id: `e${this.state.events.length + 1}`, key, title: article.title };
      this.state.events.push(event);
    }
    const duplicateOf = this.state.articles.find((a) => a.text === article.text)?.id ?? null;
    this.state.articles.push({ id: article.id, text: article.text, published: article.published, event: event.id, duplicateOf });
    const mentionEntities = article.mentions.map((m) => this.entityFor(m, article.id).id);
    return {
      article: { ...article, mentions: article.mentions.map((m, i) => ({ ...m, entity: mentionEntities[i] })) },
      placement: { article: article.id, duplicateOf, duplicateKind: duplicateOf ? 'exact' : null, event: event.id, mentionEntities },
    };
  }

  events(): EventCluster[] {
    return this.state.events.map((e) => {
      const members = this.state.articles.filter((a) => a.event === e.id);
      const dates = members.flatMap((a) => a.published ?? []).sort();
      return { id: e.id, title: e.title, articles: members.map((a) => a.id), start: dates[0] ?? null, end: dates.at(-1) ?? null, storyline: `s${e.id.slice(1)}` };
    });
  }

  storylines() {
    return this.state.events.map((e) => ({ id: `s${e.id.slice(1)}`, title: e.title, events: [e.id] }));
  }

  entities(): Entity[] {
    return this.state.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: PLACES.has(e.name) ? 'location' : 'person',
      aliases: e.aliases,
      roles: [],
      articles: [...new Set(e.mentions.map((m) => m.article))],
      mentions: e.mentions,
    }));
  }

  entity(id: string): Entity | undefined {
    return this.entities().find((e) => e.id === id);
  }

  duplicateGroups() {
    const groups = new Map<string, string[]>();
    for (const a of this.state.articles) {
      if (a.duplicateOf) groups.set(a.duplicateOf, [...(groups.get(a.duplicateOf) ?? [a.duplicateOf]), a.id]);
    }
    return [...groups].map(([origin, members]) => ({ origin, members }));
  }

  findings(eventId: string, members: Article[]): EventFindings {
    const originals = members.filter((a) => !this.state.articles.find((s) => s.id === a.id)?.duplicateOf);
    return {
      quotes: members.flatMap((a) =>
        a.quotes.map((q) => ({ article: a.id, start: q.start, end: q.end, text: q.text, speaker: null, speakerName: null, direct: true, cue: null, group: null })),
      ),
      dates: [],
      claims: [{ id: `${eventId}-c1`, event: eventId, text: members[0]?.title ?? '', articles: members.map((a) => a.id), origins: originals.length, evidence: [] }],
      conflicts: [],
      summary: members.slice(0, 1).map((a) => ({ article: a.id, text: a.title, start: 0, end: 0 })),
    };
  }

  toJSON(): unknown {
    return structuredClone(this.state);
  }

  private entityFor(mention: EntityMention, article: string) {
    let entity = this.state.entities.find((e) => e.name === mention.name);
    if (!entity) {
      entity = { id: `p${this.state.entities.length + 1}`, name: mention.name, aliases: [mention.text], mentions: [] };
      this.state.entities.push(entity);
    }
    entity.mentions.push({ article, start: mention.start, end: mention.end, text: mention.text });
    return entity;
  }
}
