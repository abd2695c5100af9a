// French month names and abbreviations as pages write them ("7 févr. 2023", "1er mars").
export const MONTHS_FR: Record<string, number> = {
  janvier: 1, janv: 1, fevrier: 2, février: 2, fevr: 2, févr: 2, fev: 2, fév: 2, mars: 3, avril: 4,
  avr: 4, mai: 5, juin: 6, juillet: 7, juil: 7, aout: 8, août: 8, septembre: 9, sept: 9, sep: 9,
  octobre: 10, oct: 10, novembre: 11, nov: 11, decembre: 12, décembre: 12, dec: 12, déc: 12,
};

/** Words that open a visible date line: "Publié le 7 février 2023 à 18h32". */
export const DATE_LINE_CUES_FR: readonly string[] = [
  'publié le', 'publié', 'mis à jour le', 'mis à jour', 'modifié le', 'actualisé le', 'posté le', 'le',
];
