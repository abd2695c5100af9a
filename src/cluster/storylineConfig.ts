// Storyline thresholds added beside clusterConfig.ts's STORY_* ones (read their comments first).

/**
 * Names alone do not make a storyline: a football match in Bamako and a coup there two weeks
 * later share the capital, the country and the president who watched the one and fell in the
 * other; a prime minister visiting flood victims and, a month on, signing an oil contract in
 * Niamey shares even more. What tells a sequel from a neighbour is what the events are about:
 * their content words, names left out (names already weigh in the name cosines, and counting
 * them again would let shared names vouch for a shared theme).
 *
 * So a link also needs a theme cosine (storyTheme.ts: IDF-weighted content terms, name words
 * removed) of STORY_THEME_SIMILARITY between the event and the candidate's storyline: the
 * candidate, or another of its storyline's events among the candidates. Measured when the links
 * are made, in the demo corpus the links its gold wants score: Diop in Moscow and Lavrov in
 * Bamako 0.36, the Tinzaouatène fighting and Lavrov's visit 0.17, the Al Haouz quake and the
 * aid for it 0.17 (séisme, reconstruction, sinistrés), the end of MINUSMA and Lavrov's visit 0.15
 * (against Diop in Moscow, the event it shares most names with, only 0.07: hence the storyline,
 * not the one candidate). In our fixtures (fixtures/sameCountryEvents.ts) the coup and its
 * transition score 0.23, the floods and their aid 0.27; the match and the coup 0.11, the oil
 * contract and the floods 0.09. The bar sits midway between 0.11 and 0.15.
 */
export const STORY_THEME_SIMILARITY = 0.125;
