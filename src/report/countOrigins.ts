// Independent origins among an event's sources: reprints of one dispatch count once, and so do
// several editions of one outlet. Two articles are one origin when they are in one duplicate
// group or come from one outlet (union-find over both relations).
export interface SourceLike {
  id: string;
  outlet: string | null;
  duplicateOf: string | null;
}

export function countOrigins(sources: SourceLike[]): number {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  for (const source of sources) {
    const self = `a:${source.id}`;
    parent.set(self, parent.get(self) ?? self);
    union(self, `a:${source.duplicateOf ?? source.id}`);
    if (source.outlet) union(self, `o:${outletKey(source.outlet)}`);
  }
  return new Set(sources.map((s) => find(`a:${s.id}`))).size;
}

/** "Le Monde", "lemonde.fr", "www.lemonde.fr" -> one key. */
export function outletKey(outlet: string): string {
  return outlet
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\.(com|fr|org|net|info|africa|ml|sn|ci|ma|uk|co\.uk|example)(\/.*)?$/, '')
    .replace(/[^a-z0-9]/g, '');
}
