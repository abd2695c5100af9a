import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanArticle } from './cleanArticle.js';

const P1 = "Les forces armées maliennes ont annoncé mardi avoir pris le contrôle de Kidal, dans le nord du pays, après plusieurs jours d'opérations.";
const P2 = 'Selon un communiqué lu à la télévision publique, les soldats sont entrés dans la ville sans rencontrer de résistance importante.';
const P3 = "La reprise de Kidal était l'un des objectifs affichés de la junte depuis le départ de la mission des Nations unies en décembre.";
const P4 = 'Les rebelles touareg, qui contrôlaient la ville depuis 2012, ont affirmé avoir quitté leurs positions pour éviter des pertes civiles.';

function page(body: string): string {
  return `<html><body><nav><a href="/">Accueil</a></nav><article>${body}</article><footer>Mentions légales</footer></body></html>`;
}

test('a "Lire aussi" box inside the body is dropped and the story goes on', () => {
  const html = page(`<p>${P1}</p><p>${P2}</p><h3>Lire aussi :</h3><p><a href="/x">Au Niger, la junte suspend la coopération militaire</a></p>
    <h3>Une reprise symbolique</h3><p>${P3}</p><p>${P4}</p>`);
  const text = cleanArticle({ id: 'a', file: 'a', html, notes: [] }).text;
  assert.ok(text.includes(P3) && text.includes(P4));
  assert.ok(text.includes('Une reprise symbolique'));
  assert.ok(!text.includes('Au Niger'));
});

test('a "Lire aussi" list with no prose after it ends the article', () => {
  const html = page(`<p>${P1}</p><p>${P2}</p><p>${P3}</p><h3>Lire aussi :</h3>
    <p>Au Niger, la junte suspend la coopération</p><p>Burkina Faso : un nouveau gouvernement</p>`);
  const text = cleanArticle({ id: 'a', file: 'a', html, notes: [] }).text;
  assert.ok(text.includes(P3));
  assert.ok(!text.includes('Burkina Faso'));
});

test('after a paywall notice nothing is article, not even the prose of the pitch', () => {
  const html = page(`<p>${P1}</p><p>${P2}</p><p>Il vous reste 57 % de cet article à lire. La suite est réservée aux abonnés.</p>
    <p>Vous pouvez lire le journal sur un seul appareil à la fois, ce message s’affichera sur l’autre appareil.</p>`);
  const text = cleanArticle({ id: 'a', file: 'a', html, notes: [] }).text;
  assert.ok(text.includes(P2));
  assert.ok(!text.includes('un seul appareil'));
});

test('a React page that streams its article in a hidden segment still gives the article', () => {
  const html = `<html><body><div hidden=""><template id="B:0"></template></div><nav><a href="/">Accueil</a></nav>
    <div hidden id="S:0"><article><p>${P1}</p><p>${P2}</p><p>${P3}</p></article></div>
    <div hidden><p>${P4}</p></div></body></html>`;
  const text = cleanArticle({ id: 'a', file: 'a', html, notes: [] }).text;
  assert.ok(text.includes(P1) && text.includes(P3));
  assert.ok(!text.includes(P4), 'a plainly hidden element stays out');
});

test('soft hyphens typeset into every word are taken out', () => {
  const html = page(`<p>${P1.replace('forces', 'for\u00adces').replace('contrôle', 'con\u00adtrôle')}</p><p>${P2}</p><p>${P3}</p>`);
  const text = cleanArticle({ id: 'a', file: 'a', html, notes: [] }).text;
  assert.ok(text.includes(P1));
});

test('a paragraph stuffed with links does not cut the story to the half after it', () => {
  const linked = `<p><a href="/a">Le ministre de la Défense</a> <a href="/b">a déclaré</a> à <a href="/c">la presse</a> que <a href="/d">les opérations militaires</a> <a href="/e">se poursuivraient dans la région de Kidal</a> <a href="/f">pendant plusieurs semaines</a> encore.</p>`;
  const html = `<html><body><div class="content-with-sidebar"><article><div class="body"><p>${P1}</p><p>${P2}</p>${linked}
    <div class="inner"><p>${P3}</p><p>${P4}</p></div></div></article></div></body></html>`;
  const text = cleanArticle({ id: 'a', file: 'a', html, notes: [] }).text;
  assert.ok(text.includes(P1) && text.includes(P4));
});

test('short lines among the story paragraphs stay: a bulleted passage, a closing line', () => {
  const html = page(`<div class="entry-content"><p>${P1}</p><p>Ce que l'armée annonce :</p><ul><li>la prise de l'aéroport</li><li>le contrôle du camp</li></ul>
    <p>${P2}</p><p>${P3}</p><p>Une page se tourne</p></div><div class="related"><p><a href="/y">Au Niger, la junte suspend tout</a></p></div>`);
  const text = cleanArticle({ id: 'a', file: 'a', html, notes: [] }).text;
  assert.ok(text.includes('le contrôle du camp') && text.includes('Une page se tourne'));
  assert.ok(!text.includes('Au Niger'));
});

test('text a CSS framework hides (hidden, sr-only) is left out; a breakpoint that shows it again keeps it', () => {
  const html = page(`<h2 class="visually-hidden">Article content</h2><p>${P1}</p>
    <div class="paywall hidden"><p>Abonnez-vous pour lire la suite de cet article et soutenir le journalisme local, dès 1 euro par mois.</p></div>
    <p>${P2}</p><div class="hidden md:block"><p>${P3}</p></div>`);
  const text = cleanArticle({ id: 'a', file: 'a', html, notes: [] }).text;
  assert.ok(!text.includes('Article content') && !text.includes('Abonnez-vous'));
  assert.ok(text.includes(P3));
});

test('the standfirst the header holds under the headline opens the text', () => {
  const deck = "L'armée malienne affirme contrôler la ville, bastion des rebelles touareg depuis plus de dix ans.";
  const html = `<html><body><header class="article-header"><h1>Kidal reprise par l'armée</h1><p class="article-lead">${deck}</p>
    <p class="byline">Par Ana Dupont</p></header><div class="article-body"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>
    <aside><p class="summary">Une autre histoire résumée ici, qui ne fait pas partie de cet article du tout.</p></aside></body></html>`;
  const text = cleanArticle({ id: 'a', file: 'a', html, notes: [] }).text;
  assert.ok(text.startsWith(deck));
  assert.ok(!text.includes('Par Ana Dupont') && !text.includes('Une autre histoire'));
});

test('prose in a sibling container after the body (a questions part) is the story too', () => {
  const html = `<html><body><div class="wrap"><div class="row"><div class="description"><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p></div></div></div>
    <div class="wrap"><div class="row"><h2>Des questions sur Kidal ?</h2><p>Pourquoi la ville compte-t-elle autant ?</p>
    <p>Kidal est le berceau des rébellions touareg depuis l'indépendance, et sa reprise par l'État malien a une portée symbolique considérable.</p>
    <p>Les groupes armés y tenaient leur état-major, leurs réunions et leurs négociations avec les médiateurs étrangers depuis une décennie.</p>
    <p>Le retour de l'administration y sera observé de près par les voisins du Mali, au premier rang desquels l'Algérie et le Niger.</p></div></div>
    <footer><p>Mentions légales</p></footer></body></html>`;
  const text = cleanArticle({ id: 'a', file: 'a', html, notes: [] }).text;
  assert.ok(text.includes(P4) && text.includes("berceau des rébellions") && text.includes('Des questions sur Kidal'));
  assert.ok(!text.includes('Mentions légales'));
});

test('a label announcing links that are dropped goes with them', () => {
  const html = page(`<div itemprop="articleBody"><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>Weitere Informationen:</p>
    <ul><li><a href="/1">Wikipedia-Artikel über Kidal und seine Geschichte</a></li><li><a href="/2">Dossier Sahel</a></li></ul></div>`);
  const text = cleanArticle({ id: 'a', file: 'a', html, notes: [] }).text;
  assert.ok(text.includes(P3) && !text.includes('Weitere Informationen'));
});

test('a comment thread longer than the story is dropped; an article classed "commentary" is kept', () => {
  const comments = Array.from({ length: 6 }, (_, i) => `<li class="comment"><p>Lecteur ${i} : je pense que cette reprise de Kidal ne règlera rien tant que les accords d'Alger resteront lettre morte, et que les civils paieront encore.</p></li>`).join('');
  const html = `<html><body><article class="article-type-commentary"><div class="text"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>
    <ul class="comments-list">${comments}</ul></article></body></html>`;
  const text = cleanArticle({ id: 'a', file: 'a', html, notes: [] }).text;
  assert.ok(text.includes(P1) && text.includes(P3));
  assert.ok(!text.includes('Lecteur'));
});

test('a page whose only story is a long photo caption gives the caption, with a note', () => {
  const caption = "La foule s'est rassemblée samedi devant le palais présidentiel de Niamey pour soutenir les militaires au pouvoir, au lendemain de l'annonce du départ des soldats français, sous des drapeaux russes et nigériens.";
  const html = `<html><body><main><h1>En images : rassemblement à Niamey</h1><div class="gallery"><figure><img src="/a.jpg" alt=""><figcaption>${caption}</figcaption></figure></div>
    <aside><figure><figcaption>${caption.replace('samedi', 'dimanche')}</figcaption></figure></aside></main></body></html>`;
  const article = cleanArticle({ id: 'a', file: 'a', html, notes: [] });
  assert.equal(article.text, caption);
  assert.ok(article.notes.some((n) => n.rule === 'cascade-caption'));
});

test('a standfirst set above the headline is taken back too; a share bar\'s description is not', () => {
  const deck = "Le général Tiani s'est adressé à la nation samedi soir et promet une transition de trois ans au plus.";
  const html = `<html><body><div class="article-header"><div class="excerpt">${deck}</div><div class="meta">Niamey, 20 août</div></div>
    <div class="content"><h1>Niger : la junte fixe la transition</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p>
    <div class="share"><p class="description">Pour partager cet article avec vos collègues, consultez nos conditions.</p></div></div></body></html>`;
  const text = cleanArticle({ id: 'a', file: 'a', html, notes: [] }).text;
  assert.ok(text.startsWith(deck));
  assert.ok(!text.includes('partager'));
});

test('code set in <pre> between the story paragraphs stays', () => {
  const code = 'from django.conf import settings\nif settings.DEBUG:\n    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)';
  const html = page(`<p>${P1}</p><p>${P2}</p><pre><code>${code}</code></pre><p>${P3}</p><p>${P4}</p>`);
  const text = cleanArticle({ id: 'a', file: 'a', html, notes: [] }).text;
  assert.ok(text.includes('from django.conf import settings'));
});

test('the dateline opening the body is split off even under a standfirst', () => {
  const deck = "L'armée malienne affirme contrôler la ville, bastion des rebelles touareg depuis plus de dix ans.";
  const html = `<html><body><header><h1>Kidal reprise par l'armée</h1><p class="chapo">${deck}</p></header>
    <div class="article-body"><p>BAMAKO — ${P1}</p><p>${P2}</p><p>${P3}</p></div></body></html>`;
  const article = cleanArticle({ id: 'a', file: 'a', html, notes: [] });
  assert.ok(article.text.startsWith(deck));
  assert.ok(article.text.includes(`\n\n${P1}`) && !article.text.includes('BAMAKO'));
});

test('a prompt in a box named paywall ends the free text, whatever its wording; a premium body named so does not', () => {
  const pitch = "Pour accéder sans limite à tous les articles du journal, profitez dès aujourd'hui de notre offre de découverte.";
  const html = page(`<div class="story"><p>${P1}</p><p>${P2}</p></div>
    <div class="account-paywall"><p>Pour lire la suite, créez votre compte</p></div><h2>${pitch}</h2><p>Un euro le premier mois.</p>`);
  const text = cleanArticle({ id: 'a', file: 'a', html, notes: [] }).text;
  assert.ok(text.includes(P2));
  assert.ok(!text.includes('Pour accéder sans limite'));
  const premium = page(`<div class="story"><p>${P1}</p></div><div class="behind-paywall"><p>${P2}</p>
    <p>Pour lire la suite de nos enquêtes, abonnez-vous</p><p>${P3}</p><p>${P4}</p></div>`);
  const full = cleanArticle({ id: 'b', file: 'b', html: premium, notes: [] }).text;
  assert.ok(full.includes(P4));
});

test("a promotion box's pitch between its furniture title and button goes; prose between two body lines stays", () => {
  const pitch = "Vos décisions exigent une information sûre et complète sur les marchés, les entreprises et les grandes tendances qui les portent.";
  const html = page(`<div class="story"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>
    <div class="box"><h3>Abonnez-vous</h3><div>${pitch}</div><div>Je découvre les offres</div></div>`);
  const text = cleanArticle({ id: 'a', file: 'a', html, notes: [] }).text;
  assert.ok(text.includes(P3));
  assert.ok(!text.includes('Vos décisions'));
  const body = page(`<p>${P1}</p><p>Lire aussi : Au Niger, la junte suspend la coopération</p><p>${P2}</p><p>Lire aussi : Le Mali quitte l'alliance</p><p>${P3}</p>`);
  assert.ok(cleanArticle({ id: 'b', file: 'b', html: body, notes: [] }).text.includes(P2));
});
