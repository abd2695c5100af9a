// The whole analysis as one self-contained HTML page: storylines as timelines, then each event.
// No external resource and no script: it opens offline, and article text is always escaped.
import type { Analysis } from '../../pipeline.js';
import { storylineTimeline } from '../../crosscheck/storylineTimeline.js';
import { html, slug, type Raw } from './escapeHtml.js';
import { REPORT_CSS } from './reportStyle.js';
import { reportContext, type ReportContext } from './reportContext.js';
import { originBadge, renderEvent } from './renderEvent.js';

export const VERSION = 'report-html-1';

export interface ReportOptions {
  title?: string;
  /** When the report was made (ISO); left out of the page when absent, so output is reproducible. */
  generatedAt?: string;
}

export function renderReport(analysis: Analysis, options: ReportOptions = {}): string {
  const ctx = reportContext(analysis);
  const title = options.title ?? 'recoupe report';
  const conflicts = analysis.conflicts ?? [];
  const page = html`<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${title}</title>
<style>${REPORT_CSS}</style></head>
<body>
<header class="page"><h1>${title}</h1>
<p class="muted">${analysis.articles.length} articles · ${analysis.events.length} events · ${analysis.storylines.length} storylines · ${conflicts.length} conflicts${
    options.generatedAt ? ` · ${options.generatedAt}` : ''
  }</p>
<p class="legend muted"><mark class="conflict">disputed value</mark> <mark class="update">updated value</mark> <mark class="corroborated">confirmed by independent sources</mark> <mark class="quote">quote</mark></p></header>
<main>
${renderStorylines(ctx)}
${analysis.events.map((e) => renderEvent(e, ctx))}
${renderProblems(analysis)}
</main></body></html>
`;
  return String(page);
}

function renderStorylines(ctx: ReportContext): Raw {
  const { analysis } = ctx;
  const articlesById = new Map(analysis.articles.map((a) => [a.id, a]));
  return html`<h2>Storylines</h2>${analysis.storylines.map((s) => {
    const entries = storylineTimeline(s, analysis.events, articlesById);
    return html`<h3>${s.title || s.id}</h3><ol class="timeline">${entries.map(
      (e) => html`<li><time>${e.start ?? 'undated'}</time><a href="#event-${slug(e.event)}">${e.title || e.event}</a> ${originBadge(ctx.originsOf.get(e.event) ?? e.sources.length)}<span class="muted">${e.sources.length} article${e.sources.length === 1 ? '' : 's'}</span></li>`,
    )}</ol>`;
  })}`;
}

function renderProblems(analysis: Analysis): Raw | string {
  if (!analysis.problems?.length) return '';
  return html`<h2>Files that could not be read</h2><ul>${analysis.problems.map((p) => html`<li><code>${p.file}</code>: ${p.message}</li>`)}</ul>`;
}
