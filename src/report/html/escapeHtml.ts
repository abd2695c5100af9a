// The one place article text becomes HTML. Articles are untrusted input: everything they carry
// (text, titles, outlet names, URLs) goes through here before it reaches the report.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Text for element content and quoted attribute values alike: `<script>` -> `&lt;script&gt;`. */
export function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"'`]/g, (c) => ENTITIES[c]!);
}

/**
 * An href from an article's URL, or null when it is not plain http(s): `javascript:`, `data:`,
 * `vbscript:` and scheme tricks ("java\tscript:", "JaVaScRiPt:") never become links.
 */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  if (!/^https?:\/\/[^\s"'<>`]+$/i.test(trimmed)) return null;
  return escapeHtml(trimmed);
}

/** A value usable inside an id or a class: letters, digits, dashes. */
export function slug(text: string): string {
  return String(text).replace(/[^A-Za-z0-9_-]+/g, '-');
}

/** Tagged template: interpolated values are escaped unless wrapped by `raw()`. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Raw {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new Raw(out);
}

export class Raw {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Marks HTML built by this module (or by `html`) as already safe. */
export function raw(value: string): Raw {
  return new Raw(value);
}

function render(value: unknown): string {
  if (value instanceof Raw) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(value);
}
