// News agencies as datelines and credit lines name them: "BAMAKO (AFP) -", "Source : Reuters",
// "Avec AP". An entry is the code the credit writes and the agency's full names, so that a text
// crediting "Agence France-Presse" and one crediting "AFP" name one outlet.
// Codes written in capitals need no entry to be read in a dateline (any "(XYZ) -" after a place
// is a credit, see splitLead.ts); the list is what credit lines outside a dateline may trust, and
// the mixed-case names ("Reuters", "Belga") that no capitals rule would catch.

export interface NewsAgency {
  code: string;
  names: readonly string[];
}

export const NEWS_AGENCIES: readonly NewsAgency[] = [
  { code: 'AFP', names: ['Agence France-Presse', 'Agence France Presse'] },
  { code: 'Reuters', names: ['Thomson Reuters'] },
  { code: 'AP', names: ['Associated Press', 'The Associated Press'] },
  { code: 'ANP', names: ['Agence nigérienne de presse'] },
  { code: 'DPA', names: ['Deutsche Presse-Agentur'] },
  { code: 'ATS', names: ['Agence télégraphique suisse', 'Keystone-ATS'] },
  { code: 'Belga', names: [] },
  { code: 'APS', names: ['Algérie Presse Service', 'Agence de presse sénégalaise'] },
  { code: 'MAP', names: ['Maghreb Arabe Presse'] },
  { code: 'AMAP', names: ['Agence malienne de presse et de publicité'] },
  { code: 'AIB', names: ["Agence d'information du Burkina"] },
  { code: 'APA', names: ['Agence de presse africaine'] },
  { code: 'ANSA', names: [] },
  { code: 'EFE', names: [] },
  { code: 'Xinhua', names: [] },
  { code: 'TASS', names: [] },
  { code: 'Anadolu', names: ['AA', "Agence Anadolu", 'Anadolu Agency'] },
  { code: 'UPI', names: ['United Press International'] },
  { code: 'Bloomberg', names: [] },
];
