import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boilerplateKind } from './boilerplateLexicon.js';
import { isPromoLine } from './promoLine.js';

test('a short line naming a newsletter or an inbox is the outlet promoting itself', () => {
  assert.equal(boilerplateKind('Get the latest news from the Daily Planet in your inbox.'), 'promo');
  assert.equal(boilerplateKind('Dann sind Sie beim täglichen Planet-Newsletter richtig – hier entlang.'), 'promo');
});

test('a longer sentence about a newsletter, or a quotation naming one, is reporting', () => {
  assert.equal(boilerplateKind('The newsletter, which she started in 2020 after leaving the paper, now reaches readers in forty countries every week.'), null);
  assert.equal(boilerplateKind('« Notre newsletter est lue par tous les élus », a dit la directrice.'), null);
});

test("the outlet's forums, digest and affiliate links are promotion", () => {
  assert.equal(boilerplateKind('Join our Planet Forums to keep talking about the latest missions and more!'), 'promo');
  assert.equal(boilerplateKind('Fridays. A weekly digest of the best of our coverage.'), 'promo');
  assert.equal(boilerplateKind('The Planet may earn an affiliate commission if you buy something through links in this article.'), 'promo');
});

test("a station named as a network's affiliate is reporting", () => {
  assert.equal(boilerplateKind('Witnesses told the local affiliate station there were sounds of gunfire.'), null);
});

test('three promotion words make a longer pitch promotion', () => {
  assert.equal(
    boilerplateKind('Nichts mehr verpassen: Abonnieren Sie kostenlos den Planet-Newsletter und bleiben Sie über alle aktuellen Entwicklungen aus der Branche auf dem Laufenden.'),
    'promo',
  );
});

test("the outlet sending its reader to its accounts is promotion; a story's sentence naming a network is not", () => {
  assert.ok(isPromoLine('Follow Radio Lyon on Instagram, Facebook and YouTube.', 8, 1, 0));
  assert.ok(isPromoLine('Suivez France Info sur Instagram et TikTok.', 7, 1, 0));
  assert.ok(!isPromoLine('Follow the money, he said, and you will find the answer on Facebook.', 13, 1, 0));
  assert.ok(!isPromoLine('The minister said he would follow the debate on Twitter.', 10, 1, 0));
});

test('a title quoted in a pitch leaves it promotion; promotion words all inside a quotation are reporting', () => {
  assert.equal(boilerplateKind('Want more planets? Subscribe to our sister title "All About Planets" Magazine for the latest news from the outer system!'), 'promo');
  assert.equal(boilerplateKind('The singer told the crowd: “Subscribe to our channel and share it.”'), null);
  assert.equal(boilerplateKind('« Nos abonnés nous suivent, et notre application aussi », dit-elle.'), null);
});

test('a longer line offering a newsletter to its reader is promotion; a story about a newsletter is not', () => {
  assert.equal(
    boilerplateKind('"Guten Morgen, Planet": Der Planet-Newsletter informiert Sie immer montags bis freitags am Abend über das Wichtigste vom Tag auf einen Blick – kompakt und direkt in Ihr Postfach.'),
    'promo',
  );
  assert.equal(
    boilerplateKind('The newsletter, which she started in 2020 after leaving the paper, now reaches readers in forty countries every week and has turned a profit since its second year.'),
    null,
  );
});
