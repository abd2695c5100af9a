// English verbs that introduce speech or a stated opinion, as lemmas; conjugateEn.ts inflects
// the regular ones (state -> stated, states, stating; deny -> denied; admit -> admitted).

export const QUOTE_VERBS_EN_REGULAR: readonly string[] = [
  'accuse', 'acknowledge', 'add', 'admit', 'advise', 'affirm', 'agree', 'allege', 'announce',
  'answer', 'argue', 'ask', 'assert', 'assure', 'blast', 'boast', 'brag', 'caution', 'charge',
  'claim', 'clarify', 'comment', 'complain', 'concede', 'conclude', 'condemn', 'confirm',
  'contend', 'continue', 'counter', 'criticise', 'criticize', 'cry', 'declare', 'demand',
  'denounce', 'deny', 'describe', 'detail', 'disclose', 'emphasise', 'emphasize', 'estimate',
  'explain', 'express', 'fear', 'highlight', 'hail', 'hope', 'implore', 'indicate', 'inform',
  'insist', 'joke', 'lament', 'maintain', 'mention', 'mutter', 'note', 'object', 'observe',
  'plead', 'pledge', 'praise', 'predict', 'proclaim', 'promise', 'propose', 'protest',
  'question', 'quip', 'reassure', 'recall', 'recount', 'reiterate', 'remark', 'remind', 'repeat',
  'reply', 'report', 'respond', 'retort', 'reveal', 'scoff', 'shout', 'signal', 'slam', 'state',
  'stress', 'suggest', 'testify', 'thank', 'tweet', 'underline', 'urge', 'vow', 'warn', 'welcome',
  'whisper', 'yell', 'believe', 'reckon', 'specify', 'summarise', 'summarize', 'muse', 'concur',
  'regret', 'complain', 'demur', 'rebut', 'refute', 'reject', 'dismiss', 'applaud', 'decry',
];

/** Irregular verbs: [past, past participle, 3sg present, present participle]. */
export const QUOTE_VERBS_EN_IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  say: ['said', 'said', 'says', 'saying'],
  tell: ['told', 'told', 'tells', 'telling'],
  write: ['wrote', 'written', 'writes', 'writing'],
  think: ['thought', 'thought', 'thinks', 'thinking'],
  speak: ['spoke', 'spoken', 'speaks', 'speaking'],
  swear: ['swore', 'sworn', 'swears', 'swearing'],
  forecast: ['forecast', 'forecast', 'forecasts', 'forecasting'],
  foresee: ['foresaw', 'foreseen', 'foresees', 'foreseeing'],
  insist: ['insisted', 'insisted', 'insists', 'insisting'],
};

/**
 * Base forms read as cues after a plural subject ("Western governments say they are …"): only
 * verbs whose base is no common noun ("report", "claim", "comment" are left out).
 */
export const QUOTE_VERBS_EN_BASE: readonly string[] = [
  'say', 'tell', 'think', 'believe', 'argue', 'insist', 'warn', 'explain', 'admit', 'deny',
  'acknowledge', 'allege', 'contend', 'maintain', 'predict', 'suggest', 'complain', 'assert',
  'accuse', 'confirm', 'add', 'agree', 'stress', 'urge',
];
