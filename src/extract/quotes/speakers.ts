// Who is speaking: from the words at the attribution site to a name. A speaker phrase is
// a name ("Abdoulaye Diop"), a role ("le chef de la diplomatie malienne", resolved to the
// person the article gave that role), or a pronoun ("a-t-il ajouté", resolved to the
// subject of the nearest earlier sentence whose gender agrees).
import type { Span } from '../../article.js';
import type { Gender } from './locale.js';
import { commaChunks, insideSegment, isPunctuation, sentenceTokens, type QuoteContext } from './context.js';
import type { NameRun } from './names.js';
import { bodyMentionAt, bodySpeaker, describedBody, spokespersonBody } from './bodies.js';
import { documentAuthor } from './documents.js';
import { headRun } from './headName.js';
import { matchRole, RoleBook, roleWords } from './roles.js';

export interface Speaker {
  name: string;
  span: Span;
  mention: number | null;
  gender: Gender;
  /** A person (not a body or a document): only persons are antecedents of "il"/"elle". */
  person: boolean;
  /** A role phrase that no name in the article was found to hold ("le procureur militaire"). */
  role?: boolean;
  /** A body speaking through an unnamed spokesperson ("un porte-parole du CSP"). */
  forBody?: boolean;
}

/** How many sentences back a pronoun may look for its antecedent. */
const PRONOUN_REACH = 5;
/** Longest phrase taken as a role or body: "le représentant spécial du secrétaire général". */
const MAX_PHRASE_TOKENS = 10;
/** A definite role names someone already in the story: "le président russe", "the minister". */
const DEFINITE = new Set(['le', 'la', "l'", 'the', 'ce', 'cette']);
const DEFINITE_ARTICLES = new Set(['le', 'la', "l'", 'les', 'the']);
const PLURAL_DETERMINERS = new Set(['les', 'des', 'ces', 'leurs', 'plusieurs']);
const PARTICIPLE_LINKS_EN = new Set(['to', 'by', 'in', 'with', 'from', 'at', 'on', 'for']);
/** Sentences back a definite role may look for the person it stands for. */
const ROLE_ANAPHOR_REACH = 3;
/** A chunk holding these near its head is a time phrase: "Deux semaines plus tôt, …". */
const TIME_WORDS = new Set(['semaine', 'semaines', 'jour', 'jours', 'mois', 'an', 'ans', 'année', 'années', 'heure', 'heures', 'tôt', 'tard', 'après', 'avant', 'depuis', 'lors', 'week', 'weeks', 'days', 'months', 'years', 'hours', 'earlier', 'later', 'ago']);
const SUBJECT_PRONOUNS = new Set(['il', 'elle', 'ils', 'elles', 'on', 'he', 'she', 'they']);
const CONJUNCTIONS = new Set(['et', 'mais', 'puis', 'or', 'and', 'but', 'then', 'so']);
const CLAUSE_OPENERS = new Set(['qui', 'que', "qu'", 'dont', 'who', 'which', 'whose', 'that']);
const INVERTED = /^.+?-(?:t-)?(il|elle|on|ils|elles)$/;

export class SpeakerResolver {
  private readonly subjects = new Map<number, Speaker | null>();
  /** Speaker of a quotation already attributed in sentence k: the most salient person there. */
  private readonly salient = new Map<number, Speaker>();
  private readonly roles: RoleBook;

  constructor(private readonly ctx: QuoteContext) {
    this.roles = new RoleBook(ctx);
  }

  noteSpeaker(sentence: number, speaker: Speaker): void {
    this.salient.set(sentence, speaker);
  }

  /** A noun phrase written after a cue or a source word: "selon X", "a déclaré X". */
  phrase(first: number, last: number, stopAtAdjuncts: boolean, depth = 0): Speaker | null {
    const { tokens, locale } = this.ctx;
    // "a annoncé jeudi le Cabinet royal": the day is no part of the speaker
    const skippable = (w: string) => (locale.adverbs.has(w) || locale.timeWords.has(w)) && !locale.determiners.has(w) && !(w in locale.pronouns);
    while (first <= last && skippable(tokens[first].lower)) first++;
    let end = first;
    while (end <= last && !isPunctuation(tokens[end]) && end - first < MAX_PHRASE_TOKENS + 4) {
      if (stopAtAdjuncts && end > first && locale.adjunctStarts.has(tokens[end].lower) && !this.insideName(end)) break;
      end++;
    }
    if (end === first) return null;
    const head = tokens[first].lower;
    if (SUBJECT_PRONOUNS.has(head) || head in locale.pronouns) return this.pronoun(head, first);
    const spokesperson = this.spokesperson(first, end - 1);
    const name = spokesperson ? null : this.firstName(first, end - 1);
    if (name) return name;
    // "les résultats publiés par la commission": the document speaks for its author
    const author = !spokesperson && depth === 0 ? documentAuthor(this.ctx, first, end) : null;
    const byAuthor = author && this.phrase(author[0], author[1], true, depth + 1);
    if (byAuthor) return byAuthor;
    const role = spokesperson ?? this.rolePhrase(first, end - 1);
    // "a annoncé son employeur, la radio Koima": the apposition after the comma names the role
    if ((role?.role || role?.forBody) && tokens[end]?.text === ',' && end + 1 <= last) {
      const named = this.firstName(end + 1, Math.min(last, end + 6));
      if (named) return named;
    }
    return role;
  }

  /** The subject of the clause in tokens [first, last]: "Interrogé sur X, M. Lavrov" -> Lavrov. */
  subject(first: number, last: number): Speaker | null {
    const chunks = commaChunks(this.ctx, first, last);
    while (chunks.length > 1 && this.isIntroduction(chunks[0])) chunks.shift();
    const [c0, c1] = chunks;
    if (!c0) return null;
    const s0 = this.chunkSpeaker(c0[0], c0[1]);
    if (s0 && !s0.role && !s0.forBody) return s0;
    // "Son homologue lillois, Paulo Fonseca, …": the apposition names the role
    if (c1 && !CLAUSE_OPENERS.has(this.ctx.tokens[c1[0]].lower)) {
      const name = this.firstName(c1[0], Math.min(c1[1], c1[0] + 4));
      if (name && name.person) return name;
    }
    return s0;
  }

  /** "Interrogé sur …", "Deux semaines plus tôt": an opening chunk that is not the subject. */
  private isIntroduction([first, last]: [number, number]): boolean {
    const { tokens, locale } = this.ctx;
    if (locale.introWords.has(tokens[first].lower)) return true;
    for (let k = first; k <= Math.min(last, first + 3); k++) if (TIME_WORDS.has(tokens[k].lower)) return true;
    return false;
  }

  /** The subject of sentence k, quotations left out. Memoised: pronouns chain through it. */
  sentenceSubject(k: number): Speaker | null {
    if (this.salient.has(k)) return this.salient.get(k)!;
    if (this.subjects.has(k)) return this.subjects.get(k)!;
    this.subjects.set(k, null);
    const [first, last] = sentenceTokens(this.ctx, k);
    let from = first;
    // skip a leading quotation: its attribution follows it
    while (from <= last && (insideSegment(this.ctx, this.ctx.tokens[from].start) || isPunctuation(this.ctx.tokens[from]))) from++;
    // "Pour Marie Sambou, ce vocabulaire …": the source is who the sentence is about
    const source = this.ctx.cueAt.get(from);
    let s: Speaker | null = null;
    if (source?.kind === 'source') {
      let comma = source.last + 1;
      while (comma <= last && this.ctx.tokens[comma].text !== ',') comma++;
      s = this.phrase(source.last + 1, comma - 1, false);
    }
    if (!s && from <= last) s = this.subject(from, last);
    this.subjects.set(k, s);
    return s;
  }

  /** "il", "elle", "he", "she" at token i -> the nearest earlier subject that agrees. */
  pronoun(word: string, at: number): Speaker | null {
    const plural = ['ils', 'elles', 'they', 'eux', 'them'].includes(word);
    const found = this.antecedent(at, PRONOUN_REACH, { gender: this.ctx.locale.pronouns[word] ?? null, plural, roleHead: null });
    return found && { ...found, span: spanOf(this.ctx, at) };
  }

  /**
   * The nearest earlier subject agreeing with a pronoun, or with a definite role phrase used
   * as an anaphor ("Le président russe a assuré …" after a sentence about Vladimir Poutine);
   * a role phrase only takes a named person whose stated roles, if any, include its head
   * ("le procureur" never resolves to a man introduced as "l'avocat").
   */
  private antecedent(at: number, reach: number, want: { gender: Gender; plural: boolean; roleHead: string[] | null }): Speaker | null {
    const { ctx } = this;
    const { gender, plural, roleHead } = want;
    const ok = (c: Speaker, sameSentence: boolean): boolean => (c.person || plural || (sameSentence && !c.role && roleHead === null)) && agrees(gender, c.gender) && (roleHead === null || !c.role);
    const k0 = ctx.sentenceOf[at] ?? 0;
    for (let k = k0; k >= 0 && k >= k0 - reach; k--) {
      let cand = k === k0 ? this.salient.get(k) ?? null : this.sentenceSubject(k);
      if (k === k0 && !cand) {
        const [first] = sentenceTokens(ctx, k);
        const s = first < at ? this.subject(first, at - 1) : null;
        // "Diop a salué un partenaire qui, selon lui, …": the subject before the pronoun. A role
        // there counts only for a free pronoun: in "Le financement reste assuré, a-t-il dit"
        // the words before an inverted cue are the reported content, not its speaker.
        const free = !INVERTED.test(ctx.tokens[at].lower);
        cand = s && (!s.role || free) && s.span.end <= ctx.tokens[at].start ? s : null;
      }
      if (cand && ok(cand, k === k0)) {
        // the nearest person a role could stand for has another stated role: not this one
        if (roleHead !== null && !this.roles.compatible(cand.name, roleHead)) return null;
        return cand;
      }
      if (k < k0 && !(cand?.person)) {
        const other = this.personIn(k, gender);
        if (other) return other;
      }
    }
    return null;
  }

  private personIn(k: number, gender: Gender): Speaker | null {
    const s = this.ctx.sentences[k];
    for (const run of this.ctx.runs) {
      if (run.start >= s.start && run.end <= s.end && run.person) {
        const sp = this.fromRun(run);
        if (agrees(gender, sp.gender)) return sp;
      }
    }
    return null;
  }

  private chunkSpeaker(first: number, last: number): Speaker | null {
    const { tokens, locale } = this.ctx;
    while (first <= last && CONJUNCTIONS.has(tokens[first].lower)) first++;
    if (first > last) return null;
    const head = tokens[first].lower;
    if (SUBJECT_PRONOUNS.has(head)) return this.pronoun(head, first);
    const inv = INVERTED.exec(head);
    if (inv) return this.pronoun(inv[1], first);
    let end = first + 1;
    while (end <= last && end - first < MAX_PHRASE_TOKENS && !this.endsNounPhrase(end)) end++;
    const name = this.spokesperson(first, end - 1) ?? this.firstName(first, Math.min(last, first + MAX_PHRASE_TOKENS));
    if (name) return name;
    // "Western governments say": a name that only qualifies the head noun opens a role phrase
    const qualified = this.ctx.runs.some((r) => r.first === first);
    return locale.determiners.has(head) || qualified ? this.rolePhrase(first, end - 1) : null;
  }

  /** A verb, an auxiliary or a relative pronoun ends a subject noun phrase. */
  private endsNounPhrase(i: number): boolean {
    const { tokens, locale, cueAt } = this.ctx;
    const w = tokens[i].lower;
    // English: an adverb or a past tense ends it too ("A jihadist group … later said", "The site
    // surveyed …"); a participle before a preposition qualifies the noun ("a group linked to …")
    const pastTense = /^\p{Ll}+ed$/u.test(tokens[i].text) && !PARTICIPLE_LINKS_EN.has(tokens[i + 1]?.lower ?? '');
    return cueAt.has(i) || locale.auxiliaries.has(w) || CLAUSE_OPENERS.has(w) || isPunctuation(tokens[i]) || (locale.lang === 'en' && (locale.adverbs.has(w) || pastTense))
      || ['ne', "n'", "s'", 'se', 'y', 'en'].includes(w) || INVERTED.test(w);
  }

  /** "un porte-parole du CSP" speaks for the CSP; a spokesperson of a person is a role phrase. */
  private spokesperson(first: number, last: number): Speaker | null {
    const body = spokespersonBody(this.ctx, first, last);
    if (body === null) return null;
    const span = { start: this.ctx.tokens[first].start, end: this.ctx.tokens[last].end };
    const named = this.firstName(body, last);
    const described = named ? null : describedBody(this.ctx, body, last);
    const speaker = named ?? (described === null ? null : bodySpeaker(this.ctx, described, span));
    return speaker && !speaker.person ? { ...speaker, span, forBody: true } : this.rolePhrase(first, last);
  }

  private rolePhrase(first: number, last: number): Speaker | null {
    const { tokens, text } = this.ctx;
    if (last < first) return null;
    const span = { start: tokens[first].start, end: tokens[last].end };
    const phrase = text.slice(span.start, span.end);
    const det = tokens[first].lower;
    // "the officials", « les opposants »: a plural role stands for no one person
    const plural = PLURAL_DETERMINERS.has(det) || (this.ctx.locale.lang === 'en' && /[^s]s$/.test(tokens[last].lower));
    const holder = plural ? null : matchRole(this.roles, phrase, span.start);
    if (holder) return { ...holder, span };
    const body = bodyMentionAt(this.ctx, first, last);
    if (body !== null) return bodySpeaker(this.ctx, body, span);
    const gender: Gender = ['la', 'une'].includes(det) ? 'f' : ['le', 'un'].includes(det) ? 'm' : null;
    const person = this.roles.isPersonRole(phrase);
    // "l'avocat de M. Sonko" is no anaphor of M. Sonko; "le président du RN" may be one of Bardella
    // (an acronym is a body, whatever the entities stage typed it)
    const namesSomeone = this.ctx.runs.some((r) => r.person && /\p{Ll}/u.test(r.text) && r.first > first && r.last <= last);
    if (person && DEFINITE.has(det) && !namesSomeone && !plural) {
      const words = roleWords(phrase, this.ctx.locale);
      const roleHead = words.length > 0 ? words : null;
      const named = roleHead ? this.antecedent(first, ROLE_ANAPHOR_REACH, { gender, plural: false, roleHead }) : null;
      if (named && this.sameOrPreviousParagraph(named.span.start, span.start)) return { ...named, span };
    }
    // "le Cabinet royal" is named "Cabinet royal"; "un diplomate occidental" keeps its article
    const name = DEFINITE_ARTICLES.has(det) && last > first ? text.slice(tokens[first + 1].start, span.end) : phrase;
    return { name, span, mention: null, gender, person, role: true };
  }

  private sameOrPreviousParagraph(a: number, b: number): boolean {
    const pa = this.ctx.paragraphs.findIndex((p) => p.start <= a && a <= p.end);
    const pb = this.ctx.paragraphs.findIndex((p) => p.start <= b && b <= p.end);
    return pa >= 0 && pb >= 0 && pb - pa <= 1;
  }

  private firstName(first: number, last: number): Speaker | null {
    const run = headRun(this.ctx, first, last);
    return run ? this.fromRun(run) : null;
  }

  private fromRun(run: NameRun): Speaker {
    const { ctx } = this;
    const m = run.mention !== null ? ctx.mentions[run.mention] : null;
    const name = m ? m.name : run.person || ctx.book.isPerson(run.text) ? ctx.book.full(run.text) : run.text;
    const person = run.person || ctx.book.isPerson(run.text) || m?.type === 'person';
    return { name, span: { start: run.start, end: run.end }, mention: run.mention, gender: run.gender ?? ctx.book.gender(name), person };
  }

  private insideName(i: number): boolean {
    return this.ctx.runs.some((r) => r.first < i && i <= r.last);
  }
}

function agrees(pronoun: Gender, candidate: Gender): boolean {
  return !pronoun || !candidate || pronoun === candidate;
}

function spanOf(ctx: QuoteContext, i: number): Span {
  return { start: ctx.tokens[i].start, end: ctx.tokens[i].end };
}
