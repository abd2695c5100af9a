// One event: its summary, its conflicts, its corroborated claims, its sources side by side with
// the disputed values marked in their texts, its quotes by speaker and its entities.
import type { AnalyzedArticle, AnalyzedEvent } from '../../pipeline.js';
import type { Conflict } from '../../article.js';
import type { CheckedConflict } from '../../crosscheck/crossCheckEvent.js';
import { html, raw, safeHref, slug, type Raw } from './escapeHtml.js';
import { markSpans, type Mark } from './markSpans.js';
import type { ReportContext } from './reportContext.js';

const SHOWN_CLAIMS = 8;
const SHOWN_ENTITIES = 16;
const PRIORITY = { corroborated: 1, quote: 2, conflict: 3 };

export function renderEvent(event: AnalyzedEvent, ctx: ReportContext): Raw {
  const members = event.articles.map((id) => ctx.articles.get(id)).filter((a): a is AnalyzedArticle => Boolean(a));
  members.sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999'));
  const conflicts = ctx.conflictsOf.get(event.id) ?? [];
  const origins = ctx.originsOf.get(event.id) ?? members.length;
  return html`<section class="event" id="event-${slug(event.id)}">
<header><h2>${event.title || event.id}</h2>
<p class="muted">${dateRange(event.start, event.end)} · ${members.length} article${members.length === 1 ? '' : 's'}</p>
<p>${originBadge(origins)}${verdictBadges(conflicts)}</p></header>
${renderSummary(event, ctx)}
${renderConflicts(conflicts, ctx)}
${renderClaims(event, ctx)}
<h3>Sources side by side</h3>
<div class="sources">${members.map((a) => renderSource(a, event, ctx))}</div>
${renderQuotes(event, ctx)}
${renderEntities(members, ctx)}
</section>`;
}

function verdictBadges(conflicts: Conflict[]): Raw[] {
  return (['contradiction', 'update'] as const)
    .map((verdict) => [verdict, conflicts.filter((c) => c.verdict === verdict).length] as const)
    .filter(([, n]) => n > 0)
    .map(([verdict, n]) => html`<span class="badge ${verdict}">${n} ${verdict}${n === 1 ? '' : 's'}</span>`);
}

export function originBadge(origins: number): Raw {
  return origins > 1
    ? html`<span class="badge corroborated">${origins} independent sources</span>`
    : html`<span class="badge single">single origin</span>`;
}

function renderSummary(event: AnalyzedEvent, ctx: ReportContext): Raw | string {
  if (!event.summary?.length) return '';
  return html`<h3>Summary</h3><ol class="summary">${event.summary.map(
    (s) => html`<li>${s.text} <a class="muted" href="#${anchorOf(event.id, s.article)}">${outletOf(ctx, s.article)}</a></li>`,
  )}</ol>`;
}

/**
 * The conflict's topic in its article's language ("année d'arrivée"); `about`, the English key,
 * for conflicts stored before labels existed.
 */
function labelOf(c: Conflict): string {
  return (c as Partial<CheckedConflict>).label ?? c.about;
}

function renderConflicts(conflicts: Conflict[], ctx: ReportContext): Raw | string {
  if (conflicts.length === 0) return '';
  return html`<h3>Where sources disagree</h3><ul class="conflicts">${conflicts.map(
    (c) => html`<li class="${c.verdict}"><span class="badge ${c.verdict}">${c.verdict}</span> <strong title="${c.about}">${labelOf(c)}</strong> <span class="muted">(${c.kind})</span>
<ul class="values">${c.values.map(
      (v) => html`<li><a href="#${valueAnchor(c, v.article)}">${v.value}</a> — ${outletOf(ctx, v.article)}${v.published ? html` <span class="muted">${v.published}</span>` : ''}${context(ctx, v)}</li>`,
    )}</ul></li>`,
  )}</ul>`;
}

function renderClaims(event: AnalyzedEvent, ctx: ReportContext): Raw | string {
  const seen = new Set<string>();
  const claims = (ctx.claimsOf.get(event.id) ?? [])
    .filter((c) => c.origins > 1 && !seen.has(c.text) && Boolean(seen.add(c.text)))
    .slice(0, SHOWN_CLAIMS);
  if (claims.length === 0) return '';
  return html`<h3>Confirmed by independent sources</h3><ul class="claims">${claims.map(
    (c) => html`<li>${originBadge(c.origins)}${c.text} <span class="muted">${c.articles.map((id) => outletOf(ctx, id)).join(', ')}</span></li>`,
  )}</ul>`;
}

function renderSource(article: AnalyzedArticle, event: AnalyzedEvent, ctx: ReportContext): Raw {
  const href = safeHref(article.url);
  const reprint = article.duplicateOf ? ctx.articles.get(article.duplicateOf) : undefined;
  return html`<article class="source${article.duplicateOf ? ' reprint' : ''}" id="${anchorOf(event.id, article.id)}">
<h4>${href ? html`<a href="${raw(href)}" rel="noopener noreferrer">${article.title || article.id}</a>` : article.title || article.id}</h4>
<div class="muted">${article.outlet ?? 'unknown outlet'} · ${article.published ?? 'undated'} · ${article.lang}${
    article.duplicateOf ? html` · reprint of ${reprint?.outlet ?? article.duplicateOf}` : ''
  }</div>
<div class="body">${raw(markSpans(article.text, marksFor(article, event, ctx)))}</div>
</article>`;
}

function marksFor(article: AnalyzedArticle, event: AnalyzedEvent, ctx: ReportContext): Mark[] {
  const marks: Mark[] = [];
  for (const c of ctx.conflictsOf.get(event.id) ?? []) {
    for (const v of c.values) {
      if (v.article !== article.id) continue;
      const kind = c.verdict === 'update' ? 'update' : 'conflict';
      marks.push({ start: v.start, end: v.end, kind, title: `${labelOf(c)}: ${v.value} (${c.verdict})`, priority: PRIORITY.conflict, anchor: valueAnchor(c, v.article) });
    }
  }
  for (const q of ctx.quotesOf.get(event.id) ?? []) {
    if (q.article === article.id) marks.push({ start: q.start, end: q.end, kind: 'quote', title: `quote: ${q.speakerName ?? 'unattributed'}`, priority: PRIORITY.quote });
  }
  for (const c of ctx.claimsOf.get(event.id) ?? []) {
    if (c.origins < 2) continue;
    for (const e of c.evidence) {
      if (e.article === article.id) marks.push({ start: e.start, end: e.end, kind: 'corroborated', title: `${c.origins} independent sources`, priority: PRIORITY.corroborated });
    }
  }
  return marks;
}

// Reprints repeat quotes word for word: each quote is shown once, with every outlet that ran it.
function renderQuotes(event: AnalyzedEvent, ctx: ReportContext): Raw | string {
  const quotes = ctx.quotesOf.get(event.id) ?? [];
  if (quotes.length === 0) return '';
  const bySpeaker = new Map<string, Map<string, { quote: (typeof quotes)[number]; outlets: Set<string> }>>();
  for (const q of quotes) {
    const speaker = (q.speaker && ctx.entities.get(q.speaker)?.name) || q.speakerName || 'Unattributed';
    const said = bySpeaker.get(speaker) ?? new Map();
    const key = q.text.replace(/\s+/g, ' ').trim().toLowerCase();
    const entry = said.get(key) ?? { quote: q, outlets: new Set<string>() };
    entry.outlets.add(outletOf(ctx, q.article));
    said.set(key, entry);
    bySpeaker.set(speaker, said);
  }
  return html`<h3>Quotes by speaker</h3><dl class="quotes">${[...bySpeaker].map(
    ([speaker, said]) => html`<dt>${speaker}</dt>${[...said.values()].map(
      ({ quote: q, outlets }) => html`<dd>${q.direct ? '«\u00a0' : ''}${q.text}${q.direct ? '\u00a0»' : ''} <span class="muted">— ${[...outlets].join(', ')}</span></dd>`,
    )}`,
  )}</dl>`;
}

function renderEntities(members: AnalyzedArticle[], ctx: ReportContext): Raw | string {
  const ids = new Set(members.map((a) => a.id));
  const shown = [...ctx.entities.values()]
    .map((e) => ({ e, n: (e.mentions ?? []).filter((m) => ids.has(m.article)).length }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n)
    .slice(0, SHOWN_ENTITIES);
  if (shown.length === 0) return '';
  return html`<h3>Entities</h3><ul class="entities">${shown.map(
    ({ e, n }) => html`<li title="${[e.name, ...(e.aliases ?? [])].join(' / ')}">${e.name} <span class="muted">${e.type} · ${n}</span></li>`,
  )}</ul>`;
}

const CONTEXT_CHARS = 70;

/** The words around a disputed value, so the list reads without scrolling to the texts. */
function context(ctx: ReportContext, v: { article: string; start: number; end: number }): Raw | string {
  const text = ctx.articles.get(v.article)?.text;
  if (!text || v.end > text.length) return '';
  const from = Math.max(0, v.start - CONTEXT_CHARS);
  const to = Math.min(text.length, v.end + CONTEXT_CHARS);
  return html`<div class="context">${from > 0 ? '…' : ''}${text.slice(from, v.start)}<strong>${text.slice(v.start, v.end)}</strong>${text.slice(v.end, to)}${to < text.length ? '…' : ''}</div>`;
}

function outletOf(ctx: ReportContext, articleId: string): string {
  return ctx.articles.get(articleId)?.outlet ?? articleId;
}

export function anchorOf(eventId: string, articleId: string): string {
  return `src-${slug(eventId)}-${slug(articleId)}`;
}

function valueAnchor(conflict: Conflict, articleId: string): string {
  return `val-${slug(conflict.id)}-${slug(articleId)}`;
}

function dateRange(start: string | null, end: string | null): string {
  if (!start) return 'undated';
  return end && end !== start ? `${start} → ${end}` : start;
}
