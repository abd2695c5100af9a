import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boilerplateKind } from './boilerplateLexicon.js';

test('a short line naming a newsletter or an inbox is the outlet promoting itself', () => {
  assert.equal(boilerplateKind('Get the latest news from the Daily Planet in your inbox.'), 'promo');
  assert.equal(boilerplateKind('Dann sind Sie beim täglichen Planet-Newsletter richtig – hier entlang.'), 'promo');
});

test('a longer sentence about a newsletter, or a quotation naming one, is reporting', () => {
  assert.equal(boilerplateKind('The newsletter, which she started in 2020 after leaving the paper, now reaches readers in forty countries every week.'), null);
  assert.equal(boilerplateKind('« Notre newsletter est lue par tous les élus », a dit la directrice.'), null);
});
