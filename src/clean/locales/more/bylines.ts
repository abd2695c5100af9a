// Newsrooms signing as themselves in the other languages of the pages we meet ("N-Land
// Redaktion", "Redacción Diario X"): no person, as DESK_SIGNATURES_FR says. Lower case.
export const DESK_SIGNATURES_MORE: readonly string[] = ['redaktion', 'redacción', 'redazione', 'redactie', 'redação'];
