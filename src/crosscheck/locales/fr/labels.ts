// How conflicts are named in French. Keys are the concepts of concepts.ts (English, shared by
// every locale): "death toll" -> "bilan des morts"; "year of arrival" -> "année d'arrivée".
import type { ConflictLabels } from '../locale.js';

export const CONFLICT_LABELS_FR: ConflictLabels = {
  counts: {
    'death toll': 'bilan des morts',
    injured: 'nombre de blessés',
    missing: 'nombre de disparus',
    displaced: 'nombre de déplacés',
    arrests: "nombre d'arrestations",
    fighters: 'nombre de combattants',
    troops: 'effectifs',
    protesters: 'nombre de manifestants',
    votes: 'nombre de voix',
    'money (euros)': 'montant (euros)',
    'money (dollars)': 'montant (dollars)',
    'money (CFA francs)': 'montant (francs CFA)',
    homes: 'nombre de logements',
    magnitude: 'magnitude',
    hectares: 'superficie (hectares)',
  },
  counted: {
    people: 'personnes',
    civilians: 'civils',
    soldiers: 'soldats',
    police: 'policiers',
    children: 'enfants',
    women: 'femmes',
    fighters: 'combattants',
  },
  dates: {
    arrival: 'de arrivée',
    founding: 'de fondation',
    election: 'de élection',
    birth: 'de naissance',
    departure: 'de départ',
    signing: 'de signature',
    start: 'de début',
    appointment: 'de nomination',
  },
  grains: { year: 'année', date: 'date' },
  dateOf: '{grain} {concept}',
  firstNameOf: 'prénom de {person}',
  roleOf: 'fonction de {person}',
  placeOf: 'lieu : {gist}',
  // "de arrivée" -> "d'arrivée", "de Abdoulaye Diop" -> "d'Abdoulaye Diop".
  elisions: [[/\bde ([aeiouyhâàéèêîôûAEIOUYHÂÀÉÈÊÎÔÛ])/gu, "d'$1"]],
};
