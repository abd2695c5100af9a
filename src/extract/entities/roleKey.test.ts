import { test } from 'node:test';
import assert from 'node:assert/strict';
import { roleKeyString, roleKey, rolesMatch } from './roleKey.js';

test('one role said three ways has one key', () => {
  assert.equal(roleKeyString('chef de la diplomatie malienne'), 'foreign-minister@ML');
  assert.equal(roleKeyString('ministre malien des Affaires étrangères'), 'foreign-minister@ML');
  assert.equal(roleKeyString('Malian foreign minister'), 'foreign-minister@ML');
  assert.equal(roleKeyString('ministre russe des Affaires étrangères'), 'foreign-minister@RU');
});

test('qualifiers come from nationality words, countries and bodies', () => {
  assert.equal(roleKeyString('président du Mali'), 'head-of-state@ML');
  assert.equal(roleKeyString("secrétaire général de l'ONU"), 'un-secretary-general@un');
  assert.equal(roleKeyString('chef de la MINUSMA'), 'leader@minusma');
});

test('an unqualified role fits a qualified one of the same concept, not another concept', () => {
  assert.ok(rolesMatch(roleKey('président de la transition'), roleKey('président de la transition malienne')));
  assert.ok(!rolesMatch(roleKey('porte-parole'), roleKey('premier ministre')));
  assert.ok(!rolesMatch(roleKey('ministre sénégalais de la Défense'), roleKey('ministre malien de la Défense')));
  assert.ok(rolesMatch(roleKey('ministre russe'), roleKey('ministre russe des Affaires étrangères')), 'a vaguer role fits a case of it');
  assert.ok(!rolesMatch(roleKey('ministre russe des Affaires étrangères'), roleKey('ministre russe')), 'not the other way round');
  assert.ok(!rolesMatch(roleKey('ministre russe'), roleKey('ministre des Affaires étrangères')), 'nor without the same country');
});
