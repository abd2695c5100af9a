// The report's only stylesheet, inlined: the file opens offline with nothing to fetch.
export const REPORT_CSS = `
:root { --ink:#1d2330; --muted:#5b6577; --line:#d8dde6; --bg:#f6f7f9; --card:#fff; --accent:#2453a6;
  --conflict:#ffd3cc; --conflict-ink:#8a1c0c; --update:#fff0b8; --ok:#d9f2df; --ok-ink:#17602d; --quote:#e6ecfb; }
* { box-sizing: border-box; }
body { margin:0; font:15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color:var(--ink); background:var(--bg); }
header.page { padding:20px 28px; background:var(--card); border-bottom:1px solid var(--line); }
header.page h1 { margin:0 0 4px; font-size:22px; }
.muted { color:var(--muted); font-size:13px; }
main { padding:20px 28px; max-width:1500px; }
h2 { font-size:18px; margin:28px 0 10px; }
h3 { font-size:15px; margin:16px 0 6px; }
a { color:var(--accent); }
.timeline { list-style:none; margin:0; padding:0 0 0 14px; border-left:3px solid var(--line); }
.timeline li { margin:0 0 8px; position:relative; }
.timeline li::before { content:""; position:absolute; left:-21px; top:7px; width:11px; height:11px; border-radius:50%; background:var(--accent); }
.timeline time { font-variant-numeric:tabular-nums; color:var(--muted); margin-right:8px; }
section.event { background:var(--card); border:1px solid var(--line); border-radius:8px; padding:16px 20px; margin:18px 0; }
section.event > header h2 { margin:0; }
.badge { display:inline-block; padding:1px 8px; border-radius:10px; font-size:12px; font-weight:600; margin-right:6px; background:var(--line); }
.badge.corroborated { background:var(--ok); color:var(--ok-ink); }
.badge.single { background:#eceff4; color:var(--muted); }
.badge.contradiction { background:var(--conflict); color:var(--conflict-ink); }
.badge.update { background:var(--update); color:#6b5200; }
.summary { margin:10px 0; padding-left:18px; }
.summary li { margin-bottom:4px; }
.conflicts { list-style:none; padding:0; margin:0; }
.conflicts > li { border-left:4px solid var(--conflict-ink); background:#fff6f4; padding:6px 10px; margin:6px 0; }
.conflicts > li.update { border-left-color:#c9a100; background:#fffbea; }
.values { margin:4px 0 0; padding-left:18px; }
.values .context { color:var(--muted); font-size:13px; }
.values .context strong { color:var(--conflict-ink); }
.claims li { margin-bottom:4px; }
.sources { display:grid; grid-auto-flow:column; grid-auto-columns:minmax(300px, 1fr); gap:12px; overflow-x:auto; padding-bottom:8px; }
article.source { border:1px solid var(--line); border-radius:6px; padding:10px 12px; background:#fcfcfd; min-width:0; }
article.source h4 { margin:0 0 4px; font-size:14px; }
article.source .body { white-space:pre-wrap; max-height:420px; overflow-y:auto; font-size:14px; margin-top:6px; }
article.source.reprint { opacity:.8; border-style:dashed; }
mark { background:none; color:inherit; border-radius:2px; }
mark.conflict { background:var(--conflict); color:var(--conflict-ink); font-weight:600; outline:1px solid var(--conflict-ink); }
mark.update { background:var(--update); font-weight:600; }
mark.quote { background:var(--quote); }
mark.corroborated { background:var(--ok); }
.quotes dt { font-weight:600; margin-top:6px; }
.quotes dd { margin:2px 0 2px 16px; }
.entities { display:flex; flex-wrap:wrap; gap:6px; padding:0; list-style:none; }
.entities li { background:#eef1f6; border-radius:4px; padding:2px 8px; font-size:13px; }
.legend mark { padding:0 4px; }
`;
