// The boilerplate lexicons of every locale, in one list: the phrase matcher (boilerplateLexicon)
// and the word table of the line scanner (vocabulary) read the same ones.
import type { BoilerplateLexicon } from '../boilerplateLexicon.js';
import { BOILERPLATE_DE } from './de/boilerplate.js';
import { BOILERPLATE_EN } from './en/boilerplate.js';
import { BOILERPLATE_FR } from './fr/boilerplate.js';
import { BOILERPLATE_MORE } from './more/boilerplate.js';

export const BOILERPLATE_LEXICONS: readonly BoilerplateLexicon[] = [BOILERPLATE_FR, BOILERPLATE_EN, BOILERPLATE_DE, BOILERPLATE_MORE];
