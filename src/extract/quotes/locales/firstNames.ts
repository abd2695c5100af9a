// Given names whose grammatical gender is clear, to agree "il"/"elle", "he"/"she" with an
// antecedent ("Sandrine Lefebvre … Elle a confié" -> Lefebvre). Names met in French-language
// news on France, West Africa and the Sahel, Russia and international politics. An unknown
// name is not guessed: gender stays unknown and agreement is not checked.

export const FEMININE_FIRST_NAMES: ReadonlySet<string> = new Set([
  'aïcha', 'aicha', 'agnès', 'aminata', 'amélie', 'angela', 'anne', 'anna', 'annalena', 'aude',
  'awa', 'brigitte', 'camille', 'caroline', 'catherine', 'cécile', 'chantal', 'christine',
  'claire', 'claudia', 'delphine', 'élisabeth', 'elisabeth', 'élise', 'elena', 'emmanuelle',
  'fatou', 'fatouma', 'fatoumata', 'françoise', 'giorgia', 'hélène', 'hillary', 'isabelle',
  'jacqueline', 'jeanne', 'julie', 'kamala', 'kadiatou', 'karine', 'laurence', 'léa', 'louise',
  'maimouna', 'maïmouna', 'mariam', 'mariama', 'marie', 'marine', 'marion', 'martine', 'mathilde',
  'monique', 'nadia', 'nathalie', 'ngozi', 'oumou', 'rachida', 'ramatoulaye', 'rokia', 'sandrine',
  'sarah', 'ségolène', 'sophie', 'sylvie', 'ursula', 'valérie', 'véronique', 'yaël', 'zeinab',
  'maria', 'olga', 'svetlana', 'tatiana', 'natalia', 'ioulia', 'yulia', 'ekaterina', 'amina',
  'khadija', 'nafissatou', 'salimata', 'adja', 'bintou', 'djeneba', 'kadidia', 'assetou',
  'emma', 'clara', 'chloé', 'manon', 'laura', 'pauline', 'margaux', 'juliette', 'lucie', 'alice',
  'mary', 'elizabeth', 'jane', 'susan', 'linda', 'nancy', 'theresa', 'liz', 'kristalina',
  'florence', 'muriel', 'dominique_f', 'corinne', 'estelle', 'virginie', 'patricia', 'béatrice',
]);

export const MASCULINE_FIRST_NAMES: ReadonlySet<string> = new Set([
  'abdoulaye', 'abdou', 'adama', 'ahmed', 'alain', 'alassane', 'alexandre', 'alexeï', 'amadou',
  'antoine', 'antony', 'assimi', 'bassirou', 'bernard', 'bruno', 'cheick', 'cheikh', 'christophe',
  'didier', 'dmitri', 'édouard', 'emmanuel', 'éric', 'eric', 'evgueni', 'fabien', 'françois',
  'franck', 'gabriel', 'gérald', 'guillaume', 'hamidou', 'ibrahim', 'ibrahima', 'iyad', 'jacques',
  'jean', 'jean-luc', 'jean-marie', 'jean-michel', 'jean-yves', 'joe', 'jordan', 'josé', 'joseph',
  'kylian', 'laurent', 'lionel', 'louis', 'luc', 'macky', 'mahamadou', 'mamadou', 'marc', 'mathieu',
  'michel', 'mohamed', 'moussa', 'nicolas', 'olivier', 'omar', 'oumar', 'ousmane', 'paul', 'paulo',
  'philippe', 'pierre', 'rachid', 'richard', 'robert', 'roch', 'sébastien', 'sergueï', 'sergei',
  'seydou', 'stéphane', 'sylvain', 'thierry', 'thomas', 'vladimir', 'volodymyr', 'xavier', 'yann',
  'yves', 'ali', 'boubacar', 'choguel', 'issa', 'kassim', 'modibo', 'souleymane', 'tiémoko',
  'andreï', 'andrei', 'dmitry', 'sergey', 'alexander', 'antonio', 'donald', 'barack', 'john',
  'james', 'david', 'william', 'george', 'michael', 'rishi', 'boris', 'keir', 'olaf', 'friedrich',
  'elye', 'didier', 'kevin', 'florian', 'hugo', 'lucas', 'théo', 'maxime', 'julien', 'romain',
  'el-ghassim', 'abdourahamane', 'mohamed', 'idriss', 'mahamat', 'félix', 'denis', 'patrice',
]);
