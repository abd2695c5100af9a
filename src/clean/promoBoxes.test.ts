import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';

const kept = (lines: string[]) => classifyLines(lines).map((v) => v.content);
const P1 = 'The council voted on Tuesday to reopen the open-air pool that has been closed since 2009, after a long campaign led by parents.';
const P2 = 'Work on the pool and its changing rooms will start in January and should be finished before the summer holidays begin next year.';
const P3 = 'The mayor said the cost would be shared with the region, which has set aside money for sports grounds in the valley for a decade.';

test("a promotion box's pitch between its heading and its button goes", () => {
  const lines = [P1, P2, 'Join Our Newsletter', 'Local stories, every morning, straight to you.', 'Count me in', P3, P1.replace('Tuesday', 'Monday')];
  assert.deepEqual(kept(lines).slice(0, 4), [true, true, false, false]);
});

test('a paragraph (longer than a pitch) after a sign-up line and before a subheading stays', () => {
  const lines = [P1, 'Join Our Newsletter', P2, 'A long campaign', P3];
  assert.equal(kept(lines)[2], true);
});

test('a longer pitch that tells its reader what they need goes; a paragraph reporting on someone stays', () => {
  const F1 = 'Le conseil municipal a voté mardi la réouverture de la piscine en plein air, fermée depuis 2009, après une longue campagne des parents.';
  const F2 = 'Les travaux du bassin et des vestiaires commenceront en janvier et devraient être achevés avant les grandes vacances de l’an prochain.';
  const F3 = 'Le maire a précisé que le coût serait partagé avec la région, qui réserve depuis dix ans des crédits aux équipements sportifs de la vallée.';
  const pitch =
    'Votre métier exige de suivre chaque jour les marchés, les entreprises et les décisions publiques qui les font bouger. Vous avez besoin de comprendre vite et de décider juste : nos journalistes vous livrent chaque matin les analyses qui comptent.';
  const report =
    'Le ministre a présenté mardi un plan de soutien aux éleveurs, financé par une hausse de la taxe sur les grandes surfaces, que les syndicats agricoles jugent insuffisant et que les distributeurs contestent déjà devant le Conseil d’État.';
  const page = (middle: string) => [F1, F2, 'Nouveau : découvrez nos offres Premium !', middle, 'Je découvre les offres', F3, F1.replace('mardi', 'lundi')];
  assert.equal(kept(page(pitch))[3], false);
  assert.equal(kept(page(report))[3], true);
});
