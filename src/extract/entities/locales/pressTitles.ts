// Words that make a name a newspaper's or a review's title. A title is a work, not the body that
// publishes it (HIPE-2022 types it a product): "le Journal de Genève", "la Gazette de Lausanne",
// "le Times", "la Frankfurter Zeitung". Agencies (AFP, Reuters, Havas) are bodies and stay out.

/** Words opening a title, folded: "Journal des Débats", "Feuille d'avis de Neuchâtel". */
export const PRESS_TITLE_HEADS = ['journal', 'gazette', 'moniteur', 'courrier', 'echo', 'revue', 'tribune', 'bulletin'];

/** Words closing a title, folded: "New York Times", "Deutsche Rundschau", "Washington Post". */
export const PRESS_TITLE_TAILS = ['times', 'zeitung', 'rundschau', 'post', 'tribune', 'gazette', 'journal', 'herald', 'telegraph', 'chronicle', 'anzeiger', 'blatt', 'courier'];

/** Titles one word says alone: "le Times", "la Zeitung". */
export const PRESS_TITLE_WORDS = ['journal', 'gazette', 'moniteur', 'times', 'zeitung', 'rundschau'];
