#!/usr/bin/env node
// Checks demo/gold.json against the corpus in demo/articles (plain Node, no dependencies).
//   node demo/check-gold.mjs          -> prints the counts, exits 1 on any error
//
// What it checks:
// - every article's file (and record, for .jsonl / feed files) exists and carries the gold id;
//   every corpus file and record is in the gold;
// - every text the gold quotes (bodyStartsWith, mustKeep, boilerplate, roleMentions, dates,
//   quotes, claim evidence, conflict values) occurs in that article's record, decoded
//   (Windows-1252 files are decoded as such, JSON strings are unescaped, feed CDATA is opened),
//   and the texts that tools must locate occur once (or carry an explicit `occurrence`);
// - ids and cross-references agree (events <-> articles <-> storylines, duplicate groups,
//   claims' origin counts recomputed from outlets and reprint groups, update order);
// - the minimum counts of issue #2 are met.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { dirname, join, extname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
const errors = [];
const fail = (msg) => errors.push(msg);

// ---------- reading the corpus ----------

// Windows-1252 by hand: Node 20's TextDecoder('windows-1252') decodes 0x80-0x9F as C1 controls
// (ISO-8859-1), which turns – ’ œ « into garbage. Undefined bytes (0x81 0x8D 0x8F 0x90 0x9D) map to C1.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
function decodeWindows1252(buf) {
  let s = '';
  for (const b of buf) s += b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return s;
}

function decode(buf) {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(buf), encoding: 'windows-1252' };
  }
}

function decodeEntities(s) {
  return s
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function strings(value, out = []) {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
}

function feedItems(xml) {
  return [...xml.matchAll(/<(item|entry)\b[\s\S]*?<\/\1>/g)].map((m) => {
    const raw = m[0];
    const guid = /<guid\b[^>]*>([\s\S]*?)<\/guid>/.exec(raw) ?? /<id>([\s\S]*?)<\/id>/.exec(raw);
    const field = (name) => {
      const f = new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)<\\/${name}>`).exec(raw);
      if (!f) return null;
      const cdata = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/.exec(f[1]);
      return cdata ? cdata[1] : decodeEntities(f[1]);
    };
    const body = field('content:encoded') ?? field('content') ?? field('description') ?? field('summary') ?? '';
    return { id: guid ? guid[1].trim() : null, text: body };
  });
}

/** The body of a JSON article: its text/html/maintext field, else all its strings. */
function jsonBody(obj) {
  const body = obj.text ?? obj.html ?? obj.maintext ?? obj.content;
  return typeof body === 'string' ? body : strings(obj).join('\n');
}

/** All records of one corpus file: [{ id, text, encoding }]. */
function readRecords(path) {
  const ext = extname(path).toLowerCase();
  const { text, encoding } = decode(readFileSync(path));
  if (ext === '.json') {
    const obj = JSON.parse(text);
    return [{ id: obj.id ?? basename(path, ext), text: jsonBody(obj), encoding }];
  }
  if (ext === '.jsonl') {
    return text
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => {
        const obj = JSON.parse(l);
        return { id: obj.id, text: jsonBody(obj), encoding };
      });
  }
  if (ext === '.xml' || ext === '.rss' || ext === '.atom') {
    return feedItems(text).map((r) => ({ ...r, encoding }));
  }
  return [{ id: basename(path, ext), text, encoding }];
}

const articlesDir = join(here, 'articles');
const recordsByFile = new Map();
for (const name of readdirSync(articlesDir).sort()) {
  const rel = `articles/${name}`;
  try {
    recordsByFile.set(rel, readRecords(join(articlesDir, name)));
  } catch (e) {
    fail(`${rel}: cannot read (${e.message})`);
  }
}

const textOf = new Map(); // article id -> record text
const encodingOf = new Map();
const seenRecords = new Set();
for (const a of gold.articles) {
  const [file, index] = a.file.split('#');
  const records = recordsByFile.get(file);
  if (!records) {
    fail(`article ${a.id}: file ${a.file} not found`);
    continue;
  }
  if (index === undefined && records.length !== 1) fail(`article ${a.id}: ${file} holds ${records.length} records, give #index`);
  const rec = records[index === undefined ? 0 : Number(index)];
  if (!rec) {
    fail(`article ${a.id}: no record ${a.file}`);
    continue;
  }
  if (rec.id !== a.id) fail(`article ${a.id}: record ${a.file} has id ${rec.id}`);
  seenRecords.add(`${file}#${index ?? 0}`);
  textOf.set(a.id, rec.text);
  encodingOf.set(a.id, rec.encoding);
}
for (const [file, records] of recordsByFile) {
  records.forEach((r, i) => {
    if (!seenRecords.has(`${file}#${i}`)) fail(`${file}#${i} (${r.id}) is not in the gold`);
  });
}

// ---------- helpers ----------

const articleById = new Map(gold.articles.map((a) => [a.id, a]));
const eventById = new Map(gold.events.map((e) => [e.id, e]));
const storylineById = new Map(gold.storylines.map((s) => [s.id, s]));
const entityNames = new Set(gold.entities.map((e) => e.name));

function count(hay, needle) {
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) n++;
  return n;
}

/** `text` must occur in the article; `locate` items must occur once or name their occurrence. */
function findIn(articleId, text, where, { locate = false, occurrence, keep = true } = {}) {
  const hay = textOf.get(articleId);
  // What the clean text keeps cannot lie inside a line the gold says is boilerplate.
  if (keep) {
    for (const b of articleById.get(articleId)?.boilerplate ?? []) {
      if (typeof text === 'string' && b.includes(text)) fail(`${where}: "${text}" lies inside boilerplate "${b}"`);
    }
  }
  if (hay === undefined) {
    fail(`${where}: unknown article ${articleId}`);
    return;
  }
  if (typeof text !== 'string' || text.length === 0) {
    fail(`${where}: empty text`);
    return;
  }
  const n = count(hay, text);
  if (n === 0) fail(`${where}: "${text}" not found in ${articleId}`);
  else if (locate && occurrence === undefined && n > 1) {
    fail(`${where}: "${text}" occurs ${n} times in ${articleId}; add "occurrence"`);
  } else if (occurrence !== undefined && n < occurrence) fail(`${where}: "${text}" occurs only ${n} times`);
}

const ISO = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?)?|-W\d{2}|-(SP|SU|FA|WI))?$|^\d{3}X$|^\d{2}$/;

// ---------- articles ----------

const ids = new Set();
for (const a of gold.articles) {
  const w = `article ${a.id}`;
  if (ids.has(a.id)) fail(`${w}: duplicate id`);
  ids.add(a.id);
  for (const k of ['id', 'file', 'outlet', 'lang', 'title', 'event', 'bodyStartsWith']) if (!a[k]) fail(`${w}: missing ${k}`);
  if (!('published' in a) || !('duplicateOf' in a) || !('publishedInferable' in a)) fail(`${w}: missing published/duplicateOf/publishedInferable`);
  if (a.published !== null && !ISO.test(a.published)) fail(`${w}: published ${a.published} is not ISO`);
  if ((a.published === null) !== (a.publishedInferable === true)) fail(`${w}: publishedInferable must be true exactly when published is null`);
  if (!eventById.has(a.event)) fail(`${w}: unknown event ${a.event}`);
  if (a.duplicateOf !== null) {
    const o = articleById.get(a.duplicateOf);
    if (!o) fail(`${w}: unknown duplicateOf ${a.duplicateOf}`);
    else if (o.event !== a.event) fail(`${w}: duplicate of an article in another event`);
  }
  findIn(a.id, a.bodyStartsWith, `${w} bodyStartsWith`);
  for (const t of a.mustKeep ?? []) findIn(a.id, t, `${w} mustKeep`);
  for (const t of a.boilerplate ?? []) {
    findIn(a.id, t, `${w} boilerplate`, { keep: false });
    for (const k of a.mustKeep ?? []) if (k.includes(t)) fail(`${w}: boilerplate "${t}" lies inside mustKeep "${k}"`);
    if (a.bodyStartsWith.includes(t)) fail(`${w}: boilerplate "${t}" lies inside bodyStartsWith`);
  }
  if (a.encoding && a.encoding !== encodingOf.get(a.id)) fail(`${w}: encoding ${a.encoding}, file decodes as ${encodingOf.get(a.id)}`);
}

// ---------- events, storylines, duplicates ----------

for (const e of gold.events) {
  const w = `event ${e.id}`;
  const members = gold.articles.filter((a) => a.event === e.id).map((a) => a.id).sort();
  const listed = [...e.articles].sort();
  if (JSON.stringify(members) !== JSON.stringify(listed)) fail(`${w}: articles ${listed} != articles labelled with it ${members}`);
  if (!storylineById.get(e.storyline)?.events.includes(e.id)) fail(`${w}: storyline ${e.storyline} does not list it`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(e.start) || !/^\d{4}-\d{2}-\d{2}$/.test(e.end) || e.start > e.end) fail(`${w}: bad start/end`);
}
for (const s of gold.storylines) {
  for (const id of s.events) {
    if (eventById.get(id)?.storyline !== s.id) fail(`storyline ${s.id}: event ${id} does not point back`);
  }
  const starts = s.events.map((id) => eventById.get(id)?.start ?? '');
  if (JSON.stringify(starts) !== JSON.stringify([...starts].sort())) fail(`storyline ${s.id}: events not in chronological order`);
}
const groupOf = new Map(); // article -> origin
for (const g of gold.duplicates) {
  if (!g.members.includes(g.origin)) fail(`duplicates ${g.origin}: origin not among members`);
  if (articleById.get(g.origin)?.duplicateOf !== null) fail(`duplicates ${g.origin}: origin has duplicateOf set`);
  for (const m of g.members) {
    groupOf.set(m, g.origin);
    if (m !== g.origin && articleById.get(m)?.duplicateOf !== g.origin) fail(`duplicates ${g.origin}: ${m} lacks duplicateOf`);
  }
}
for (const a of gold.articles) {
  if (a.duplicateOf && groupOf.get(a.id) !== a.duplicateOf) fail(`article ${a.id}: duplicateOf not reflected in duplicates`);
}

// ---------- entities ----------

const corpusText = [...textOf.values()].join('\n');
const variantOwner = new Map();
for (const ent of gold.entities) {
  if (!['person', 'organization', 'location', 'other'].includes(ent.type)) fail(`entity ${ent.name}: bad type`);
  for (const v of ent.variants) {
    if (variantOwner.has(v)) fail(`variant "${v}" belongs to ${variantOwner.get(v)} and ${ent.name}`);
    variantOwner.set(v, ent.name);
    if (!corpusText.includes(v)) fail(`entity ${ent.name}: variant "${v}" not in the corpus`);
  }
  for (const r of ent.roles ?? []) if (!corpusText.includes(r)) fail(`entity ${ent.name}: role "${r}" not in the corpus`);
}
for (const [x, y] of gold.distinct) {
  for (const n of [x, y]) if (!entityNames.has(n)) fail(`distinct: ${n} is not an entity`);
}
for (const r of gold.roleMentions) {
  findIn(r.article, r.text, `roleMention ${r.article}`, { locate: true, occurrence: r.occurrence });
  if (!entityNames.has(r.refersTo)) fail(`roleMention ${r.article}: unknown entity ${r.refersTo}`);
}

// ---------- dates, quotes ----------

for (const d of gold.dates) {
  findIn(d.article, d.text, `date ${d.article}`, { locate: true, occurrence: d.occurrence });
  if (!ISO.test(d.value)) fail(`date ${d.article} "${d.text}": value ${d.value} is not ISO`);
}
const FORMS = new Set(['after', 'before', 'inside', 'english', 'pull', 'role', 'pronoun', 'indirect', 'partial', 'cut']);
for (const q of gold.quotes) {
  const w = `quote ${q.article} "${q.text.slice(0, 30)}…"`;
  findIn(q.article, q.text, w, { locate: true, occurrence: q.occurrence });
  if (q.speaker !== null && !entityNames.has(q.speaker)) fail(`${w}: unknown speaker ${q.speaker}`);
  if (!FORMS.has(q.form)) fail(`${w}: unknown form ${q.form}`);
  if (typeof q.direct !== 'boolean') fail(`${w}: direct must be boolean`);
}

// ---------- claims, conflicts ----------

const originKey = (id) => {
  const a = articleById.get(id);
  const root = a?.duplicateOf ? articleById.get(a.duplicateOf) : a;
  return root?.outlet ?? id;
};
for (const c of gold.claims) {
  const w = `claim ${c.event} "${c.text.slice(0, 40)}…"`;
  if (!eventById.has(c.event)) fail(`${w}: unknown event`);
  for (const id of c.articles) if (articleById.get(id)?.event !== c.event) fail(`${w}: article ${id} not in the event`);
  const expected = new Set(c.articles.map(originKey)).size;
  if (c.origins !== expected) fail(`${w}: origins ${c.origins}, outlets/reprint groups give ${expected}`);
  const evidenced = new Set(c.evidence.map((e) => e.article));
  for (const id of c.articles) if (!evidenced.has(id)) fail(`${w}: no evidence for ${id}`);
  for (const e of c.evidence) {
    if (!c.articles.includes(e.article)) fail(`${w}: evidence from ${e.article} not in articles`);
    findIn(e.article, e.text, w);
  }
}
for (const k of gold.conflicts) {
  const w = `conflict ${k.event} "${k.about}"`;
  if (!['number', 'date', 'name', 'place'].includes(k.kind)) fail(`${w}: bad kind`);
  if (!['contradiction', 'update'].includes(k.verdict)) fail(`${w}: bad verdict`);
  if (k.values.length < 2) fail(`${w}: fewer than 2 values`);
  for (const v of k.values) {
    for (const id of v.articles) if (articleById.get(id)?.event !== k.event) fail(`${w}: article ${id} not in the event`);
    findIn(v.articles[0], v.text, `${w} value ${v.value}`);
    const ev = v.evidence ?? [{ article: v.articles[0], text: v.text }];
    const covered = new Set(ev.map((e) => e.article));
    for (const id of v.articles) if (!covered.has(id)) fail(`${w} value ${v.value}: no evidence for ${id}`);
    for (const e of ev) findIn(e.article, e.text, `${w} value ${v.value}`);
  }
  // A dispatch and its reprint never disagree.
  const keys = k.values.map((v) => new Set(v.articles.map((id) => groupOf.get(id) ?? id)));
  for (let i = 0; i < keys.length; i++)
    for (let j = i + 1; j < keys.length; j++)
      for (const x of keys[i]) if (keys[j].has(x)) fail(`${w}: reprint group ${x} on both sides`);
  if (k.verdict === 'update') {
    // Each value is first stated after every article of the previous value.
    const times = k.values.map((v) => v.articles.map((id) => articleById.get(id)?.published ?? ''));
    for (let i = 1; i < times.length; i++) {
      const prevLast = times[i - 1].sort().at(-1);
      const first = times[i].sort()[0];
      if (!(first > prevLast)) fail(`${w}: value ${k.values[i].value} (${first}) not after ${k.values[i - 1].value} (${prevLast})`);
    }
  }
}

// ---------- minimums ----------

const bad = existsSync(join(here, 'bad')) ? readdirSync(join(here, 'bad')) : [];
const langs = new Set(gold.articles.map((a) => a.lang));
const formats = new Set(gold.articles.map((a) => a.format));
const forms = new Set(gold.quotes.map((q) => q.form));
const min = (what, n, floor) => {
  if (n < floor) fail(`minimum: ${what} ${n} < ${floor}`);
};
min('articles', gold.articles.length, 25);
min('events', gold.events.length, 4);
min('storylines', gold.storylines.length, 2);
min('duplicate groups', gold.duplicates.length, 2);
min('bad files', bad.length, 2);
min('conflicts', gold.conflicts.length, 3);
min('updates', gold.conflicts.filter((k) => k.verdict === 'update').length, 1);
min('contradictions', gold.conflicts.filter((k) => k.verdict === 'contradiction').length, 2);
min('undated articles', gold.articles.filter((a) => a.published === null).length, 1);
min('windows-1252 articles', [...encodingOf.values()].filter((e) => e === 'windows-1252').length, 1);
for (const l of ['fr', 'en']) if (!langs.has(l)) fail(`minimum: no ${l} article`);
for (const f of ['txt', 'html', 'json', 'jsonl', 'rss', 'newsplease', 'html-in-txt']) if (!formats.has(f)) fail(`minimum: no ${f} article`);
for (const f of ['after', 'before', 'inside', 'english', 'pull', 'role', 'pronoun', 'indirect', 'cut']) if (!forms.has(f)) fail(`minimum: no ${f} quote`);
for (const kind of ['number', 'date', 'name']) if (!gold.conflicts.some((k) => k.kind === kind)) fail(`minimum: no ${kind} conflict`);
for (const f of bad) if (statSync(join(here, 'bad', f)).isDirectory()) fail(`bad/${f} is a directory`);

// ---------- report ----------

const variants = gold.entities.reduce((n, e) => n + e.variants.length, 0);
console.log(
  [
    `articles ${gold.articles.length} (${[...langs].map((l) => `${l} ${gold.articles.filter((a) => a.lang === l).length}`).join(', ')})`,
    `events ${gold.events.length}`,
    `storylines ${gold.storylines.length}`,
    `duplicate groups ${gold.duplicates.length} (${gold.duplicates.reduce((n, g) => n + g.members.length - 1, 0)} reprints)`,
    `entities ${gold.entities.length} (${variants} variants, ${gold.distinct.length} distinct pairs)`,
    `role mentions ${gold.roleMentions.length}`,
    `dates ${gold.dates.length}`,
    `quotes ${gold.quotes.length}`,
    `claims ${gold.claims.length}`,
    `conflicts ${gold.conflicts.length} (${gold.conflicts.filter((k) => k.verdict === 'update').length} updates)`,
    `bad files ${bad.length}`,
  ].join('\n'),
);
if (errors.length) {
  console.error(`\n${errors.length} error(s):`);
  for (const e of errors) console.error(`  - ${e}`);
  process.exit(1);
}
console.log('\ngold OK');
