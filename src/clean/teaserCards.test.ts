import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanArticle } from './cleanArticle.js';

const STORY = [
  "Les forces armées maliennes ont annoncé mardi avoir pris le contrôle de Kidal, dans le nord du pays, après plusieurs jours d'opérations.",
  'Selon un communiqué lu à la télévision publique, les soldats sont entrés dans la ville sans rencontrer de résistance importante.',
  "La reprise de Kidal était l'un des objectifs affichés de la junte depuis le départ de la mission des Nations unies en décembre.",
];

function card(title: string, summary: string): string {
  return `<li><h5><a href="/x">${title}</a></h5><div class="name">Ana Dupont</div><div class="summary">${summary}</div></li>`;
}

test('summaries under linked headlines in a list of cards are teasers, not the story', () => {
  const cards = [
    card('Au Niger, la junte suspend la coopération militaire', 'Les autorités de Niamey ont annoncé jeudi la fin des accords de défense signés avec plusieurs partenaires occidentaux.'),
    card('Burkina Faso : un nouveau gouvernement nommé', 'Le capitaine Traoré a nommé un gouvernement de vingt-trois membres, dont plusieurs officiers, pour conduire la transition.'),
    card('Sénégal : la présidentielle reportée', "Le report du scrutin, annoncé la veille de la campagne, a provoqué des manifestations dans plusieurs villes du pays."),
  ].join('');
  const html = `<html><body><div class="main"><div class="story">${STORY.map((p) => `<p>${p}</p>`).join('')}</div><ul class="more">${cards}</ul></div></body></html>`;
  const text = cleanArticle({ id: 'a', file: 'a', html, notes: [] }).text;
  assert.ok(STORY.every((p) => text.includes(p)));
  assert.ok(!text.includes('Niamey') && !text.includes('vingt-trois'));
});

test('a list in the story whose items hold a link each stays', () => {
  const items = ['<li>Le <a href="/1">rapport de la mission des Nations unies</a> publié en juin, qui détaille les exactions.</li>',
    '<li>Le <a href="/2">communiqué de l’armée malienne</a> lu mardi soir à la télévision publique.</li>'].join('');
  const html = `<html><body><article>${STORY.map((p) => `<p>${p}</p>`).join('')}<ul>${items}</ul><p>${STORY[0]}</p></article></body></html>`;
  const text = cleanArticle({ id: 'a', file: 'a', html, notes: [] }).text;
  assert.ok(text.includes('publié en juin'));
});

test('cards built of divs classed "teaser" are teasers too', () => {
  const teaser = (t: string, s: string) => `<div class="teaser"><div class="headlinewrapper"><h2><a href="/y">${t}</a></h2></div><div class="teasertext"><p>${s}</p></div></div>`;
  const cards = [
    teaser('Einsatz von KI unter Studierenden: Herausforderung', 'Mehr als 80 Prozent der Studierenden wünschen sich klare Leitlinien für den Einsatz im Studium.'),
    teaser('Literarische Übersetzungen: Was der Mensch voraus hat', 'Intelligente Sprachmodelle scheinen professionelle Übersetzer überflüssig zu machen, doch nicht ganz.'),
    teaser('Mit KI gegen Unkraut: Neue Wege in der Landwirtschaft', 'Dank künstlicher Intelligenz spritzt ein Landwirt in Uelzen weniger Pflanzenschutzmittel auf sein Feld.'),
  ].join('');
  const html = `<html><body><article>${STORY.map((p) => `<p>${p}</p>`).join('')}<div class="contentbox">${cards}</div></article></body></html>`;
  const text = cleanArticle({ id: 'a', file: 'a', html, notes: [] }).text;
  assert.ok(STORY.every((p) => text.includes(p)));
  assert.ok(!text.includes('Leitlinien') && !text.includes('Uelzen'));
});

test('cards whose text opens with the linked headline, summary after it in the same line, are teasers', () => {
  const item = (t: string, s: string) => `<li><a href="/z">${t}</a> <span>${s}</span></li>`;
  const list = `<div class="breaking"><ul>${[
    item('Au Niger, la junte suspend la coopération militaire', 'NIAMEY : Les autorités ont annoncé jeudi la fin des accords de défense signés avec plusieurs partenaires...'),
    item('Burkina Faso : un nouveau gouvernement nommé', 'OUAGADOUGOU : Le capitaine Traoré a nommé un gouvernement de vingt-trois membres, dont plusieurs officiers...'),
    item('Sénégal : la présidentielle reportée à une date inconnue', 'DAKAR : Le report du scrutin, annoncé la veille de la campagne, a provoqué des manifestations...'),
  ].join('')}</ul></div>`;
  const html = `<html><body><div class="main">${list}<div class="story">${STORY.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;
  const text = cleanArticle({ id: 'a', file: 'a', html, notes: [] }).text;
  assert.ok(STORY.every((p) => text.includes(p)));
  assert.ok(!text.includes('NIAMEY') && !text.includes('DAKAR'));
});

test('two cards suffice when the markup names them teasers', () => {
  const teaser = (t: string, s: string) => `<div class="article-teaser"><a class="link" href="/y"><p>${t}</p></a><div class="subline">${s}</div></div>`;
  const html = `<html><body><article><div class="body">${STORY.map((p) => `<p>${p}</p>`).join('')}</div><section><header>Mehr zum Thema</header>${
    teaser('Selbstbestimmung rückt näher', 'Die Kritik am geplanten Gesetz ist vielfältig, doch die Verbände handeln solidarisch und faktenbasiert.')}${
    teaser('Lehrstunde in Demokratie', 'Ein Kommentar über die Anhörung der Verbände und was die Ministerien daraus lernen könnten.')}</section></article></body></html>`;
  const text = cleanArticle({ id: 'a', file: 'a', html, notes: [] }).text;
  assert.ok(STORY.every((p) => text.includes(p)));
  assert.ok(!text.includes('solidarisch') && !text.includes('Anhörung'));
});
