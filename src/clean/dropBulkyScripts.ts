// A page over the size cap is cut; its scripts and styles go first, so that a 5 MB inline
// script in the <head> does not push the story past the cut. JSON-LD stays: it is metadata.

const OPENING = /<(script|style)\b([^>]*)>/gi;
const CLOSING: Record<string, RegExp> = { script: /<\/script\s*>/gi, style: /<\/style\s*>/gi };

/**
 * The page without the contents of its scripts (JSON-LD kept) and styles. One pass: each body is
 * skipped by searching its closing tag once; an unclosed one leaves the rest of the page as it is.
 */
export function dropBulkyScripts(html: string): string {
  const parts: string[] = [];
  let kept = 0;
  OPENING.lastIndex = 0;
  for (let open = OPENING.exec(html); open; open = OPENING.exec(html)) {
    const bodyStart = open.index + open[0].length;
    const closing = CLOSING[open[1].toLowerCase()];
    closing.lastIndex = bodyStart;
    const close = closing.exec(html);
    if (!close) break;
    if (!/ld\+json/i.test(open[2])) {
      parts.push(html.slice(kept, bodyStart));
      kept = close.index;
    }
    OPENING.lastIndex = close.index + close[0].length;
  }
  parts.push(html.slice(kept));
  return parts.join('');
}
