// Words that carry no fact: they are left out of the stems two claims are compared on.
export const STOPWORDS_EN = new Set(
  `a an the and or but if of at by for with about against between into through during before after
  above below to from up down in out on off over under again further then once here there when where
  why how all any both each few more most other some such no nor not only own same so than too very
  s t can will just don should now i me my we our you your he him his she her it its they them their
  what which who whom this that these those am is are was were be been being have has had having do
  does did doing would could said says also since while as according monday tuesday wednesday
  thursday friday saturday sunday yesterday today tomorrow`.split(/\s+/),
);
