// Short forms of given names: "Bill Hakim" and "William Hakim" are one man. Folded, short -> full.
export const NICKNAMES_EN: Record<string, string> = {
  bill: 'william', will: 'william', billy: 'william', bob: 'robert', rob: 'robert', bobby: 'robert',
  jim: 'james', jimmy: 'james', mike: 'michael', tom: 'thomas', tommy: 'thomas', dick: 'richard',
  rick: 'richard', dan: 'daniel', danny: 'daniel', joe: 'joseph', dave: 'david', steve: 'stephen',
  tony: 'anthony', chris: 'christopher', matt: 'matthew', nick: 'nicholas', ed: 'edward',
  ted: 'edward', ben: 'benjamin', sam: 'samuel', alex: 'alexander', andy: 'andrew', pat: 'patrick',
  liz: 'elizabeth', beth: 'elizabeth', kate: 'katherine', kathy: 'katherine', sue: 'susan',
  jenny: 'jennifer', jen: 'jennifer', meg: 'margaret', peggy: 'margaret', greg: 'gregory',
  jeff: 'jeffrey', larry: 'lawrence', jerry: 'gerald', ron: 'ronald', don: 'donald', ken: 'kenneth',
  mo: 'maurice', maury: 'maurice',
};
