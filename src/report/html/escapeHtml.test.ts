import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml, html, raw, safeHref } from './escapeHtml.js';

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "' onmouseover='alert(1)",
  '`${alert(1)}`',
];

test('escaped payloads contain no tag, no attribute break-out', () => {
  for (const payload of PAYLOADS) {
    const out = escapeHtml(payload);
    assert.doesNotMatch(out, /[<>"'`]/, out);
  }
  assert.equal(escapeHtml('<script>'), '&lt;script&gt;');
  assert.equal(escapeHtml('a & b'), 'a &amp; b');
  assert.equal(escapeHtml(null), '');
});

test('the html template escapes what it interpolates, unless raw', () => {
  const title = '<img src=x onerror=alert(1)>';
  assert.equal(String(html`<h2 title="${title}">${title}</h2>`), '<h2 title="&lt;img src=x onerror=alert(1)&gt;">&lt;img src=x onerror=alert(1)&gt;</h2>');
  assert.equal(String(html`<p>${raw('<b>ok</b>')}${['<', raw('<i>')]}</p>`), '<p><b>ok</b>&lt;<i></p>');
});

test('only http(s) URLs become links', () => {
  assert.equal(safeHref('https://example.org/a?b=1&c=2'), 'https://example.org/a?b=1&amp;c=2');
  for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>', 'vbscript:x', 'https://x.org/"onmouseover=alert(1)', '//evil.org', '']) {
    assert.equal(safeHref(bad), null, bad);
  }
});
