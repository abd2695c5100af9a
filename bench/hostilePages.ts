// Generated hostile pages, each near the input size limit (ingest/limits.ts, 10 MB a file) or
// at the count that makes the shape hostile (issue #3, "Bad input").

export interface HostilePage {
  kind: string;
  /** Given to the clean stage as text (a paste, a plain-text file) rather than as HTML. */
  text?: boolean;
  build(): string;
}

const SENTENCE =
  "Le conseil municipal a voté mardi soir le budget de l'année prochaine, après un long débat sur le prix de l'eau et la rénovation des écoles du centre.";

function page(body: string, head = ''): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Page</title>${head}</head><body>${body}</body></html>`;
}

function story(): string {
  return `<article><h1>Le budget voté</h1><p>${SENTENCE}</p><p>${SENTENCE}</p><p>${SENTENCE}</p></article>`;
}

function repeat(n: number, item: (i: number) => string): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(item(i));
  return parts.join('');
}

export const hostilePages: readonly HostilePage[] = [
  {
    kind: 'teaser-cards',
    build: () => page(`<ul class="list">${repeat(20_000, (i) =>
      `<li class="card teaser-${i % 7}"><div class="card__text"><h3><a href="/a/${i}">Titre de l'article numéro ${i} sur la vie locale</a></h3>` +
      `<p class="excerpt">${SENTENCE}</p><div class="meta"><span>Par Jeanne Martin</span> <time>12 mars 2024</time></div></div></li>`)}</ul>`),
  },
  {
    kind: 'story-and-cards',
    build: () => page(`<main>${repeat(2_000, (i) => `<p>${i} ${SENTENCE} ${SENTENCE}</p>`)}</main><aside><ul>${repeat(2_000, (i) =>
      `<li><h3><a href="/a/${i}">Titre de l'article numéro ${i} sur la vie locale</a></h3><p>${SENTENCE}</p></li>`)}</ul></aside>`),
  },
  {
    kind: 'short-paragraphs',
    build: () => page(`<div class="content">${repeat(50_000, (i) => `<p>Ligne ${i} du compte rendu.</p>`)}</div>`),
  },
  {
    kind: 'long-paragraphs',
    build: () => page(`<div class="content">${repeat(50_000, () => `<p>${SENTENCE}</p>`)}</div>`),
  },
  {
    kind: 'long-blocks',
    build: () => page(`<div class="content">${repeat(40, () => `<p>${`${SENTENCE} `.repeat(330)}</p>`)}</div>`),
  },
  {
    kind: 'text-node-9mb',
    build: () => page(`<div><p>${'Du texte sans fin, mot après mot. '.repeat(270_000)}</p></div>`),
  },
  {
    kind: 'one-word-9mb',
    build: () => page(`<p>${'x'.repeat(9_000_000)}</p>`),
  },
  {
    kind: 'inline-script-5mb',
    build: () => page(story(), `<script>var state = "${'a1'.repeat(2_500_000)}";</script>`),
  },
  {
    kind: 'json-ld-5mb',
    build: () => page(story(), `<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Le budget", "articleBody": "${SENTENCE.replace(/"/g, '').repeat(32_000)}"}</script>`),
  },
  {
    // Each paragraph is looked up in the JSON-LD body: 5,000 searches through 2 MB.
    kind: 'json-ld-and-paragraphs',
    build: () => page(`${repeat(6_000, (i) => `<p>Paragraphe ${i} qui ne figure nulle part dans le corps déclaré du tout.</p>`)}`,
      `<script type="application/ld+json">{"@type": "NewsArticle", "articleBody": "${SENTENCE.replace(/"/g, '').repeat(14_000)}"}</script>`),
  },
  {
    kind: 'title-and-meta-2mb',
    build: () => page(story(), `<title>${'Titre '.repeat(350_000)}</title><meta name="description" content="${'mot '.repeat(500_000)}"><meta name="author" content="${'Jean '.repeat(400_000)}">`),
  },
  {
    kind: 'entities-and-comments',
    build: () => page(`${story()}<p>${'&amp;&eacute;&#x41; '.repeat(150_000)}</p><!--${'c'.repeat(2_000_000)}-->`),
  },
  {
    kind: 'scripts-unclosed',
    build: () => page(`${story()}${'<script>var a = 1;</script><style>p{}</style>'.repeat(100_000)}${'<script>x<style>'.repeat(300_000)}`),
  },
  {
    kind: 'nesting-10000',
    build: () => page(`${'<div>'.repeat(10_000)}${story()}${'</div>'.repeat(10_000)}`),
  },
  {
    kind: 'deep-paragraphs',
    build: () => page(`${'<div>'.repeat(490)}${repeat(25_000, (i) => `<p><a href="/t/${i}">Mot ${i} de la liste</a></p>`)}${'</div>'.repeat(490)}`),
  },
  {
    kind: 'nesting-unclosed',
    build: () => page(`${repeat(200_000, (i) => `<div class="d${i % 3}"><span>`)}${story()}`),
  },
  {
    kind: 'empty-divs-200000',
    build: () => page(`${story()}${'<div></div>'.repeat(200_000)}`),
  },
  {
    kind: 'table-100000-cells',
    build: () => page(`${story()}<table>${repeat(10_000, (r) => `<tr>${repeat(10, (c) => `<td>${r}.${c} km</td>`)}</tr>`)}</table>`),
  },
  {
    kind: 'br-lines',
    build: () => page(`<div>${repeat(300_000, (i) => `Ligne ${i % 97}<br>`)}</div>`),
  },
  {
    kind: 'br-only',
    build: () => page(`${story()}<div>${'<br>'.repeat(1_000_000)}</div>`),
  },
  {
    kind: 'attributes-1mb',
    build: () => page(repeat(4, () => `<div class="${'c '.repeat(500_000)}" data-x="${'y'.repeat(1_000_000)}"><p>${SENTENCE}</p></div>`)),
  },
  {
    // Class names at the attribute cap on the wrappers every paragraph climbs through.
    kind: 'class-wrappers',
    build: () => page(`${repeat(5, (d) => `<div class="${`w${d} x `.repeat(3_000)}">`)}${repeat(6_000, (i) => `<p>${i} ${SENTENCE}</p>`)}${'</div>'.repeat(5)}`),
  },
  {
    kind: 'links-everywhere',
    build: () => page(`<div>${repeat(100_000, (i) => `<a href="/t/${i}">Mot ${i}</a> `)}</div>`),
  },
  {
    // A page's lines pasted twice, back to back (a doubled paste), 5 MB: every long line has
    // one copy far away, the shape markRepeatedBlocks looks for.
    kind: 'text-pasted-twice',
    text: true,
    build: () => {
      const once = repeat(20_000, (i) => `Ligne ${i} du compte rendu : ${SENTENCE.slice(0, 60 + (i % 80))}\n`);
      return once + once;
    },
  },
  {
    // A live blog whose 12,000 earliest entries stand apart from the article, each below an ad
    // and share buttons: each is taken back from its neighbour's (tickerHeadings.ts).
    kind: 'text-live-blog',
    text: true,
    build: () =>
      repeat(12_000, (i) => `${i % 24}h${String(i % 60).padStart(2, '0')} - Point ${i}\nLes élus ont débattu du point ${i} avant le vote.\nPublicité\nPartager\nFacebook\nX\n`) +
      repeat(30, (i) => `${i % 24}h${String(i % 60).padStart(2, '0')} - Le vote\n${SENTENCE} ${SENTENCE}\n`),
  },
  {
    kind: 'text-lines-10mb',
    text: true,
    build: () => repeat(400_000, (i) => `Rubrique ${i % 500} | Abonnez-vous\n`),
  },
  {
    kind: 'text-one-line-9mb',
    text: true,
    build: () => 'Du texte sans fin, mot après mot. '.repeat(270_000),
  },
];
