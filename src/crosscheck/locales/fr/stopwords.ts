// Words that carry no fact: they are left out of the stems two claims are compared on.
export const STOPWORDS_FR = new Set(
  `a à au aux avec ce ces cet cette c ça d dans de des du elle elles en et est été être eu il ils
  j je l la le les leur leurs lui m ma mais me même mes moi mon n ne ni nos notre nous on ont ou où
  par pas pour qu que qui s sa sans se ses si son sont sur t ta te tes toi ton tu un une vos votre
  vous y aussi alors après avant car ceci cela celle celui ces chez comme contre dont donc entre
  encore fait faire fois ici jusqu lors moins plus peu puis quand quel quelle quelles quels sous
  tandis tout tous toute toutes très trop vers via avait avaient aurait auraient sera seront serait
  était étaient sommes êtes ai as avons avez font dit selon déjà ainsi cependant toutefois notamment
  également autre autres depuis mardi lundi mercredi jeudi vendredi samedi dimanche hier aujourd hui
  demain soir matin`.split(/\s+/),
);
