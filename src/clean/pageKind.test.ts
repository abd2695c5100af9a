// Pages with no article say so: home pages, archives and error pages are told from stories,
// and a story is never taken for one of them. Pages written by the team.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cleanArticle } from './cleanArticle.js';
import { parseHtml } from './htmlTree.js';
import { isErrorTitle } from './pageDeclarations.js';
import { classifyPage, type PageKind } from './pageKind.js';

interface Teaser {
  title: string;
  excerpt?: string;
  date?: string;
}

const TEASERS: Teaser[] = [
  { title: 'Au Niger, la junte annonce un calendrier de transition', excerpt: 'Le général Abdourahamane Tiani a fixé samedi soir, dans une allocution télévisée, la durée de la transition à trois ans au plus, sans préciser la date d’un futur scrutin.', date: '20 août 2023' },
  { title: 'Séisme au Maroc : le bilan dépasse les 2 000 morts', excerpt: 'Deux jours après la secousse, les secours peinent encore à atteindre les villages de montagne du Haut Atlas, où des familles entières dorment dehors dans le froid.', date: '10 sept. 2023' },
  { title: 'Le Mali reporte le référendum constitutionnel', excerpt: 'Le scrutin prévu le 19 mars est repoussé à une date ultérieure pour des raisons techniques, a annoncé le porte-parole du gouvernement de transition vendredi à Bamako.', date: '10 mars 2023' },
  { title: 'Burkina Faso : deuxième coup d’État en huit mois', excerpt: 'Le capitaine Ibrahim Traoré a pris vendredi soir la tête du pays, renversant le lieutenant-colonel Damiba arrivé lui-même au pouvoir par la force en janvier.', date: '1 oct. 2022' },
  { title: 'Inondations meurtrières à Derna, en Libye', excerpt: 'La rupture de deux barrages en amont de la ville, sous les pluies de la tempête Daniel, a emporté des quartiers entiers jusqu’à la mer dans la nuit de dimanche.', date: '12 sept. 2023' },
  { title: 'La Cédéao lève une partie des sanctions contre le Mali', excerpt: 'Réunis à Accra, les chefs d’État ouest-africains ont décidé de rouvrir les frontières avec le Mali après six mois de blocus commercial et financier.', date: '3 juil. 2022' },
  { title: 'Fin de la mission de l’ONU au Mali', excerpt: 'Les derniers casques bleus quittent Tombouctou et Gao avant la fin de l’année, à la demande des autorités maliennes qui jugeaient la mission inefficace.', date: '11 déc. 2023' },
  { title: 'Le Sénégal reporte son élection présidentielle', excerpt: 'Le président Macky Sall a annoncé le report du scrutin la veille de l’ouverture de la campagne, provoquant des manifestations dans plusieurs villes du pays.', date: '3 févr. 2024' },
];

function cards(teasers: readonly Teaser[], tag = 'article', className = 'card card--small'): string {
  return teasers
    .map((t, i) => `<${tag} class="${className}"><a href="/info/${i}"><img src="/img/${i}.jpg" alt=""></a><h3 class="card__title"><a href="/info/${i}">${t.title}</a></h3>${t.excerpt ? `<p class="card__excerpt">${t.excerpt}</p>` : ''}${t.date ? `<span class="card__date">${t.date}</span>` : ''}</${tag}>`)
    .join('\n');
}

const MENU = '<nav><ul><li><a href="/">Accueil</a></li><li><a href="/afrique">Afrique</a></li><li><a href="/monde">Monde</a></li><li><a href="/sport">Sport</a></li></ul></nav>';
const FOOTER = '<footer><p>© 2024 Le Sahel Quotidien. Tous droits réservés.</p><p><a href="/mentions">Mentions légales</a></p></footer>';

const STORY = [
  "Le gouvernement de transition a annoncé mardi la réouverture des écoles fermées depuis deux ans dans la région de Mopti, où l'insécurité avait chassé enseignants et familles vers les villes.",
  "Selon le ministère de l'Éducation, 312 établissements doivent rouvrir d'ici la rentrée d'octobre, avec l'appui de comités locaux chargés de la sécurité des élèves et du personnel.",
  "Les syndicats d'enseignants saluent la décision mais réclament des primes de risque. « Nous ne retournerons pas dans les villages sans garanties », a déclaré un responsable à Sévaré.",
  "Plus de 1 700 écoles restaient fermées au Mali en juin, d'après les chiffres des Nations unies, privant près d'un demi-million d'enfants de classe.",
];

function page(head: string, body: string, bodyClass = ''): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8">${head}</head><body${bodyClass ? ` class="${bodyClass}"` : ''}>${MENU}${body}${FOOTER}</body></html>`;
}

const HOME = page(
  '<title>Le Sahel Quotidien – toute l’actualité du Sahel</title><meta property="og:type" content="website"><script type="application/ld+json">{"@context":"https://schema.org","@type":"WebSite","name":"Le Sahel Quotidien","url":"https://sahel.example/"}</script>',
  `<main><section class="une"><h2>À la une</h2>${cards(TEASERS.slice(0, 4), 'div', 'post')}</section><section class="fil"><h2>Derniers articles</h2>${cards(TEASERS.slice(4), 'div', 'post')}</section></main>`,
  'home',
);

/** A portal's front page that declares nothing: lists of headline, excerpt and date. */
const HOME_PORTAL = page(
  '<title>Nouvelles du Fleuve - Accueil</title>',
  `<div id="centre"><div class="bloc-actu"><h2>Actualité</h2><ul>${cards(TEASERS.slice(0, 5), 'li', 'item')}</ul></div>
   <div class="bloc-actu"><h2>Économie</h2><ul>${cards(TEASERS.slice(5), 'li', 'item')}</ul></div></div>`,
);

const LEAD_EXCERPT = "Après trois jours de négociations à Abuja, les chefs d’État de la Cédéao ont accepté de suspendre les sanctions financières visant le Niger, à condition que la junte libère le président Mohamed Bazoum et publie un calendrier électoral d’ici la fin du mois.";

/** A news site's front page on a grid framework: a lead story, then rows of two cards. */
const HOME_GRID = page(
  '<title>Le Journal du Delta</title><meta property="og:type" content="website">',
  `<div class="container"><div class="featured"><h2 class="featured-title"><a href="/une">La Cédéao suspend ses sanctions contre le Niger</a></h2><p>${LEAD_EXCERPT}</p><span class="date">14 nov. 2023</span></div>
   ${[0, 2, 4, 6].map((i) => `<div class="row">${cards(TEASERS.slice(i, i + 2), 'div', 'col-md-6')}</div>`).join('\n')}</div>`,
);

/** A front page of tiles, each wrapped whole in a link, under a lead tile of its own. */
const HOME_TILES = page(
  '<title>Sahel Matin | Actualités</title>',
  `<main><section class="lead"><a class="hero" href="/une"><h2>La Cédéao suspend ses sanctions contre le Niger</h2><p>${LEAD_EXCERPT}</p></a></section>
   <section class="latest"><div class="grid">${TEASERS.map((t, i) => `<a class="tile" href="/a/${i}"><h3>${t.title}</h3><p>${t.excerpt}</p><time>${t.date}</time></a>`).join('')}</div></section></main>`,
);

const CATEGORY = page(
  '<title>Archives Mali - Le Sahel Quotidien</title><meta property="og:type" content="website"><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"CollectionPage","name":"Mali"},{"@type":"BreadcrumbList","itemListElement":[]}]}</script>',
  `<div id="content"><h1 class="archive-title">Catégorie : Mali</h1><p class="archive-description">Tous nos articles sur le Mali.</p>
   ${TEASERS.slice(0, 6).map((t, i) => `<h2 class="entry-title"><a href="/mali/${i}">${t.title}</a></h2><p>${t.excerpt} <a href="/mali/${i}">Lire la suite</a></p><p class="meta">${t.date}</p>`).join('\n')}
   <div class="pagination"><a href="/page/2">Page suivante</a></div></div>`,
  'archive category category-mali',
);

const NOT_FOUND_FR = page(
  '<title>Page introuvable – Le Sahel Quotidien</title><meta name="robots" content="noindex, follow">',
  `<main><h1>Oups ! Cette page n’existe pas</h1><p>La page que vous cherchez a peut-être été supprimée, ou son adresse a changé. Vérifiez l’adresse ou revenez à la page d’accueil.</p>
   <form><label>Rechercher sur le site</label></form><h2>Nos derniers articles</h2>${cards(TEASERS.slice(0, 4))}</main>`,
  'error404',
);

const NOT_FOUND_EN = `<!doctype html><html lang="en"><head><title>Page not found | The Coastal Ledger</title><meta name="robots" content="noindex"></head>
<body><header><a href="/">The Coastal Ledger</a></header><div class="wrap"><h1>404</h1><p>Sorry, the page you were looking for could not be found. It may have been moved or deleted.</p><p><a href="/">Back to the home page</a></p></div></body></html>`;

const GALLERY_CAPTION = `La foule s'est rassemblée samedi devant le palais présidentiel de Niamey pour soutenir les militaires au pouvoir, au lendemain de l'annonce du départ des soldats français. Des drapeaux russes et nigériens flottaient au-dessus des manifestants, qui scandaient des slogans hostiles à la France et à la Cédéao jusqu'à la tombée de la nuit.`;

const GALLERY = page(
  '<title>En images : rassemblement à Niamey – Le Sahel Quotidien</title><meta property="og:type" content="website"><meta property="og:title" content="En images : rassemblement à Niamey">',
  `<main><h1>En images : rassemblement à Niamey</h1><div class="gallery"><figure><img src="/photos/niamey.jpg" alt="Manifestants à Niamey"><figcaption>${GALLERY_CAPTION} <span class="credit">Photo : Issa Moussa</span></figcaption></figure></div>
   <aside class="more"><h2>Autres diaporamas</h2>${cards(TEASERS.slice(0, 4).map((t) => ({ title: t.title })), 'div')}</aside></main>`,
);

const STORY_AS_WEBSITE = page(
  '<title>Mali : les écoles de Mopti rouvrent – Le Sahel Quotidien</title><meta property="og:type" content="website">',
  `<main><article><h1>Mali : les écoles de Mopti rouvrent</h1><p class="byline">Par Awa Traoré</p>${STORY.map((p) => `<p>${p}</p>`).join('')}</article>
   <aside class="related"><h2>À lire aussi</h2>${cards(TEASERS)}</aside></main>`,
);

const BRIEF_AS_WEBSITE = page(
  '<title>Niger : couvre-feu levé à Niamey – Le Sahel Quotidien</title><meta property="og:type" content="website">',
  `<main><div class="post"><h1>Niger : couvre-feu levé à Niamey</h1><p>${STORY[0]}</p></div>
   <div class="related"><h2>Sur le même sujet</h2>${cards(TEASERS)}</div></main>`,
);

function kindOf(html: string): PageKind {
  const doc = parseHtml(html);
  const article = cleanArticle({ id: 'p', file: 'p', html, notes: [] });
  return classifyPage(doc, article.text === '' ? [] : article.text.split('\n\n')).kind;
}

function clean(html: string) {
  return cleanArticle({ id: 'p', file: 'p', html, notes: [] });
}

describe('pages with no article', () => {
  for (const [name, html, rule] of [
    ['a French home page of teaser cards', HOME, 'listing-page'],
    ['a portal front page that declares nothing', HOME_PORTAL, 'listing-page'],
    ['a front page of a lead story and rows of two cards', HOME_GRID, 'listing-page'],
    ['a front page of tiles wrapped in links', HOME_TILES, 'listing-page'],
    ['a category archive laid out as a flat list', CATEGORY, 'listing-page'],
    ['a French 404 with the latest articles under it', NOT_FOUND_FR, 'error-page'],
    ['an English 404', NOT_FOUND_EN, 'error-page'],
  ] as const) {
    test(`${name}: empty text and a "${rule}" note`, () => {
      const article = clean(html);
      assert.equal(article.text, '');
      const note = article.notes.find((n) => n.rule === rule);
      assert.ok(note, JSON.stringify(article.notes));
      assert.equal(note.stage, 'clean');
    });
  }

  test('the listing keeps its metadata and names its evidence', () => {
    const article = clean(CATEGORY);
    assert.equal(article.title, 'Catégorie : Mali');
    const note = article.notes.find((n) => n.rule === 'listing-page')!;
    assert.match(note.message, /CollectionPage/);
    assert.match(note.message, /teaser cards/);
  });

  test('the excerpts and the error message go to removed', () => {
    assert.ok(clean(NOT_FOUND_EN).removed.some((line) => line.includes('could not be found')));
  });
});

describe('stories stay stories', () => {
  test('a story whose page says og:type=website, with a box of eight teasers', () => {
    const article = clean(STORY_AS_WEBSITE);
    assert.ok(article.text.includes('312 établissements'));
    assert.ok(!article.notes.some((n) => /listing|error/.test(n.rule)));
    assert.equal(kindOf(STORY_AS_WEBSITE), 'article');
  });

  test('a one-paragraph brief beside eight teasers is not a listing', () => {
    const article = clean(BRIEF_AS_WEBSITE);
    assert.ok(article.text.includes('région de Mopti'));
    assert.ok(!article.notes.some((n) => /listing|error/.test(n.rule)));
  });

  // A one-photo gallery whose story is its caption: the caption is the article, so the page is
  // not emptied (whatever the extractor keeps of it stays) and gets no listing or error note.
  test('a one-photo gallery with a caption-only story is not taken for a listing', () => {
    const article = clean(GALLERY);
    assert.ok(!article.notes.some((n) => /listing|error/.test(n.rule)), JSON.stringify(article.notes));
    assert.notEqual(kindOf(GALLERY), 'listing');
    assert.equal(article.title, 'En images : rassemblement à Niamey');
  });

  // What it should give: the caption as the text (the extractor's last cascade step).
  test('a one-photo gallery gives its caption story as the text', () => {
    assert.ok(clean(GALLERY).text.includes('palais présidentiel de Niamey'));
  });

  test('a story quoting a missing page is no error page', () => {
    const html = page('<title>Le site du ministère hors ligne</title>', `<article><h1>Le site du ministère hors ligne</h1>${[
      "Depuis lundi, le site du ministère malien de la Santé affiche un message laconique : la page que vous cherchez n'existe plus.",
      ...STORY,
    ].map((p) => `<p>${p}</p>`).join('')}</article>`);
    const article = clean(html);
    assert.ok(article.text.includes("n'existe plus"));
    assert.ok(!article.notes.some((n) => n.rule === 'error-page'));
  });

  test('a story declared as NewsArticle is never a listing, however many cards surround it', () => {
    const html = page(
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Brève"}</script>',
      `<div><p>${STORY[1]}</p></div><div>${cards(TEASERS)}</div><div>${cards(TEASERS)}</div>`,
    );
    assert.equal(classifyPage(parseHtml(html), [STORY[1]]).kind, 'article');
  });
});

describe('the verdict and its evidence', () => {
  test('a page that declares a collection needs only three cards', () => {
    const body = `<div class="list">${cards(TEASERS.slice(0, 3), 'div', 'item')}</div>`;
    const excerpts = TEASERS.slice(0, 3).map((t) => t.excerpt!);
    const declared = page('<script type="application/ld+json">{"@type":"CollectionPage"}</script>', body);
    const bare = page('', body);
    assert.equal(classifyPage(parseHtml(declared), excerpts).kind, 'listing');
    assert.equal(classifyPage(parseHtml(bare), excerpts).kind, 'unknown');
    assert.deepEqual(classifyPage(parseHtml(declared), excerpts).evidence.slice(0, 2), ['json-ld CollectionPage', '3 teaser cards']);
  });

  test('an error title with a story-length text is no error page', () => {
    const html = page('<title>Page introuvable</title>', `<article>${STORY.map((p) => `<p>${p}</p>`).join('')}</article>`);
    assert.equal(classifyPage(parseHtml(html), STORY).kind, 'article');
  });
});

describe('error titles', () => {
  for (const title of ['404', 'Erreur 404', 'Error 404 - Page not found', '404 Not Found', 'Page introuvable', 'Page non trouvée', 'Oups ! Cette page n’existe pas', 'Page not found', 'Seite nicht gefunden', 'The page cannot be found']) {
    test(`"${title}" is an error title`, () => assert.ok(isErrorTitle(title)));
  }
  for (const title of ['404 migrants secourus au large de Lampedusa', 'Page introuvable : le site de l’Élysée supprime ses archives', 'Le Mali reporte le référendum', 'Erreur judiciaire : 404 jours de détention']) {
    test(`"${title}" is a headline`, () => assert.ok(!isErrorTitle(title)));
  }
});
