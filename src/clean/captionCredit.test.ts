import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boilerplateKind } from './boilerplateLexicon.js';

test('a caption closed by a photographer and an agency in brackets, or by an archive mark, is furniture', () => {
  assert.equal(boilerplateKind('The mayor greets supporters at the town hall in April 2022. (Jane Roe/The Associated Press)'), 'caption');
  assert.equal(boilerplateKind('Bacteria seen under the microscope. ( JOHN ROE/SCIENCE PHOTO LIBRARY)'), 'caption');
  assert.equal(boilerplateKind('Der Bürgermeister erklärt, welche Folgen die Hitze für die Straßen hat. (Archivbild)'), 'caption');
});

test('a sentence with a bracketed slash that names no agency is prose', () => {
  assert.equal(boilerplateKind('The vote was close on both sides of the chamber (yes/no counts were tied).'), null);
});
