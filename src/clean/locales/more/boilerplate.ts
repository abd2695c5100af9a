// Boilerplate of other languages our sources publish in (Spanish, Italian, Portuguese, Dutch,
// Scandinavian, Russian), kept to the phrases that are furniture in any page: "read also"
// teasers, related-article headings, comment forms. Compared after normalisation (lower case,
// accents stripped: "Läs även" -> "las aven", "Читайте также" -> "читайте также").
import type { BoilerplateLexicon } from '../../boilerplateLexicon.js';

export const BOILERPLATE_MORE: BoilerplateLexicon = {
  lines: [
    'publicidad', 'comparte', 'compartir', 'etiquetas', 'articulos relacionados', 'noticias relacionadas',
    'pubblicita', 'condividi', 'articoli correlati', 'leggi anche', 'lascia un commento',
    'publicidade', 'compartilhe', 'leia tambem', 'lees ook', 'delen', 'advertentie',
    'les ogsa', 'las aven', 'las ocksa', 'annons', 'annonse', 'del', 'dela',
    'читайте также', 'материалы по теме', 'реклама', 'поделиться', 'фото',
  ],
  prefixes: [
    'lee tambien', 'leer tambien', 'leggi anche', 'leia tambem', 'lees ook', 'les ogsa', 'las aven',
    'las ocksa', 'читайте также', 'смотрите также',
    // A picture's credit in Russian: "личный архив Ольги Панковой" (from the personal archive of).
    'личный архив', 'фото из личного архива',
  ],
  tailMarkers: [
    'articulos relacionados', 'noticias relacionadas', 'te puede interesar', 'lo mas leido',
    'articoli correlati', 'potrebbe interessarti', 'i piu letti', 'lascia un commento',
    'noticias relacionadas', 'mais lidas', 'gerelateerde artikelen', 'meest gelezen',
    'mest lest', 'mest last', 'relaterade artiklar', 'материалы по теме', 'вам также может быть интересно',
    'самое читаемое', 'читайте также',
  ],
  paywallEnds: [],
  // "Más en Opinión ›", "Más sobre La Tercera AM": a box of links named after its section.
  boxHeadings: ['mas en', 'mas sobre'],
  boxMarkers: ['lee tambien', 'leggi anche', 'leia tambem', 'lees ook', 'les ogsa', 'las aven', 'читайте также'],
};
