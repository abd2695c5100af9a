// A light tree of our own, built from htmlparser2's SAX events (fast, tolerant of broken markup).
// The build is a loop over events with an explicit stack, and every walk over the tree is
// iterative too, so a page of 10,000 nested <div>s cannot overflow the call stack.
import { type Handler, Parser, type ParserOptions, QuoteType } from 'htmlparser2';

/**
 * The attributes some rule reads (markup words, hidden elements, metadata, links home, dates,
 * the page's language). Only these are kept: a news page's elements carry many others (src,
 * srcset, alt, data-*, width…) that nothing reads, and building their values and objects was a
 * good part of the parse. A rule that needs another attribute adds its name here; the type
 * below makes reading one not listed a type error rather than a silent `undefined`.
 */
export const KEPT_ATTRIBUTES = [
  'class', 'id', 'style', 'role', 'itemprop', 'hidden', 'aria-hidden', 'lang', 'href', 'rel',
  'type', 'content', 'property', 'name', 'http-equiv', 'datetime',
] as const;
export type KeptAttribute = (typeof KEPT_ATTRIBUTES)[number];
export type HtmlAttributes = { [name in KeptAttribute]?: string };

export interface HtmlElement {
  tag: string;
  attrs: HtmlAttributes;
  children: HtmlNode[];
  parent: HtmlElement | null;
}

export type HtmlNode = HtmlElement | string;

export interface HtmlDocument {
  root: HtmlElement;
  /**
   * Every element in document order, the root first: what walkElements(root) gives, gathered
   * while the tree is built (an element is created in document order), so the passes over the
   * whole page (metadata, bylines, declarations) do not each walk it again.
   */
  elements: readonly HtmlElement[];
  /** Raw contents of <script type="application/ld+json">, kept for metadata. */
  jsonLd: string[];
  /** Text of the first <title>. */
  titleTag: string;
  /** Deepest nesting met while building (the tree is capped at MAX_DEPTH). */
  depth: number;
  /** Whether the page was read only up to MAX_ELEMENTS elements. */
  cut: boolean;
}

/** Content that is never article text: skipped while parsing, never stored. */
const DROPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'button', 'select', 'option', 'textarea', 'input', 'title', 'video', 'audio', 'map',
]);

/** Elements that cannot have children: their open tag closes at once. */
const VOID_TAGS = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source',
  'track', 'wbr',
]);

/**
 * Deeper nesting is flattened into the element at this depth: no real page nests 500 levels,
 * and a hostile one must not make every later walk pay for it.
 */
const MAX_DEPTH = 500;
/**
 * htmlparser2 keeps its open elements in an array it grows at the front, so each tag opened while
 * N elements are open costs N: 200,000 unclosed <div>s take minutes. When this many are open (twice
 * MAX_DEPTH: past it our tree is flat anyway) the parser is replaced by a fresh one that reads on
 * from the next character, into the same place in our tree. The closing tags of the elements left
 * open before are then ignored, which only matters on pages no browser would lay out either.
 */
const MAX_OPEN_ELEMENTS = 2 * MAX_DEPTH;
/**
 * Elements kept in the tree; the page is not read past them. Real pages hold at most about
 * 10,000 (313 pages of the extraction slice: median 664, largest 9,804, scripts and styles not
 * counted); a page of 200,000 empty <div>s or a million <br>s is a dump, and every walk over the
 * tree (blocks, teaser cards, metadata) would pay for it.
 */
export const MAX_ELEMENTS = 30_000;
/**
 * The attributes read for markup words (markupHints.ts, isHidden) are cut at this length: on the
 * extraction slice the longest class is 2,600 characters and the longest style 6,104, while a
 * hostile 1 MB class would be split and matched against every word list, once per element.
 */
const MAX_NAME_ATTR_CHARS = 10_000;
const NAME_ATTRS: ReadonlySet<string> = new Set(['class', 'id', 'style', 'role', 'itemprop']);

export function isElement(node: HtmlNode): node is HtmlElement {
  return typeof node !== 'string';
}

/** KEPT_ATTRIBUTES by length: a name is compared only with those of its length. */
const KEPT_BY_LENGTH: readonly (readonly KeptAttribute[] | undefined)[] = (() => {
  const byLength: KeptAttribute[][] = [];
  for (const name of KEPT_ATTRIBUTES) (byLength[name.length] ??= []).push(name);
  return byLength;
})();

/**
 * The kept attribute named by `source` from `start` to `end`, compared in place with ASCII
 * case folding (what toLowerCase gives on these names: no other character lowercases to one of
 * their letters), so the many names not kept (src, alt, data-…) are never sliced out.
 */
function keptAttributeAt(source: string, start: number, end: number): KeptAttribute | null {
  const candidates = KEPT_BY_LENGTH[end - start];
  if (candidates === undefined) return null;
  next: for (const name of candidates) {
    for (let i = 0; i < name.length; i++) {
      let code = source.charCodeAt(start + i);
      if (code >= 0x41 && code <= 0x5a) code += 0x20;
      if (code !== name.charCodeAt(i)) continue next;
    }
    return name;
  }
  return null;
}

/**
 * htmlparser2's parser with the attributes gathered here instead: only those in
 * KEPT_ATTRIBUTES, their values cut at MAX_NAME_ATTR_CHARS as they are stored; the others are
 * neither assembled (entities decoded, pieces joined) nor stored. The tokenizer calls these
 * methods on the parser it belongs to, so overriding them is enough; the parser's own attribute
 * object stays empty.
 */
class KeptAttributesParser extends Parser {
  /** The attributes of the tag being opened. */
  attributes: HtmlAttributes = {};
  private name: KeptAttribute | null = null;
  private value = '';

  constructor(
    handler: Partial<Handler>,
    options: ParserOptions,
    private readonly chunk: string,
  ) {
    super(handler, options);
  }

  override onopentagname(start: number, endIndex: number): void {
    this.attributes = {};
    super.onopentagname(start, endIndex);
  }

  override onattribname(start: number, endIndex: number): void {
    this.startIndex = start;
    this.name = keptAttributeAt(this.chunk, start, endIndex);
  }

  override onattribdata(start: number, endIndex: number): void {
    if (this.name !== null) this.value += this.chunk.slice(start, endIndex);
  }

  override onattribentity(codePoint: number): void {
    if (this.name !== null) this.value += String.fromCodePoint(codePoint);
  }

  override onattribend(_quote: QuoteType, endIndex: number): void {
    this.endIndex = endIndex;
    // A repeated attribute keeps its first value, as browsers do.
    if (this.name !== null && !Object.hasOwn(this.attributes, this.name)) {
      this.attributes[this.name] = NAME_ATTRS.has(this.name) && this.value.length > MAX_NAME_ATTR_CHARS ? this.value.slice(0, MAX_NAME_ATTR_CHARS) : this.value;
    }
    this.value = '';
  }
}

export function parseHtml(html: string): HtmlDocument {
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [], parent: null };
  const elements: HtmlElement[] = [root];
  const jsonLd: string[] = [];
  let titleTag = '';
  let current = root;
  let depth = 0;
  let maxDepth = 0;
  let overflow = 0;
  // Inside a dropped element we count nested opens of that same tag so `</div>` noise is ignored.
  let dropped: string | null = null;
  let droppedDepth = 0;
  let captured: 'json-ld' | 'title' | null = null;
  let capturedText = '';
  // Where the current parser stopped to be replaced (MAX_OPEN_ELEMENTS), -1 while it reads on.
  let restartAt = -1;
  let parser: KeptAttributesParser;
  let kept = 0;
  let cut = false;

  // One more element in the tree, or the end of the reading at MAX_ELEMENTS.
  const keepElement = (): boolean => {
    if (++kept <= MAX_ELEMENTS) return true;
    cut = true;
    parser.pause();
    return false;
  };

  const handler = {
    onopentag(name: string, _parserAttrs: unknown, implied?: boolean) {
      // Tags opened by the parser itself (a lone </p> or </br>) have no attributes.
      const attrs: HtmlAttributes = implied ? {} : parser.attributes;
      if (dropped !== null) {
        if (name === dropped) droppedDepth++;
        return;
      }
      if (name === 'meta' || name === 'link' || name === 'html' || name === 'body') {
        // Head metadata is read from the tree, so meta/link stay even when met inside <head>.
        if (name === 'html' || name === 'body') Object.assign(rootAttrsFor(root, name, elements), attrs);
        else if (keepElement()) {
          const element: HtmlElement = { tag: name, attrs, children: [], parent: current };
          current.children.push(element);
          elements.push(element);
        }
        return;
      }
      if (name === 'script' && /ld\+json/i.test(attrs.type ?? '')) captured = 'json-ld';
      else if (name === 'title' && !titleTag) captured = 'title';
      if (DROPPED_TAGS.has(name) || name === 'script') {
        if (!VOID_TAGS.has(name)) {
          dropped = name;
          droppedDepth = 1;
        }
        return;
      }
      if (depth >= MAX_DEPTH) {
        if (VOID_TAGS.has(name)) return;
        overflow++;
        if (depth + overflow >= MAX_OPEN_ELEMENTS && !implied) {
          restartAt = parser.endIndex + 1;
          parser.pause();
        }
        return;
      }
      if (!keepElement()) return;
      const element: HtmlElement = { tag: name, attrs, children: [], parent: current };
      current.children.push(element);
      elements.push(element);
      if (!VOID_TAGS.has(name)) {
        current = element;
        depth++;
        if (depth > maxDepth) maxDepth = depth;
      }
    },
    ontext(text: string) {
      if (captured !== null) {
        capturedText += text;
        return;
      }
      if (dropped !== null) return;
      const last = current.children[current.children.length - 1];
      if (typeof last === 'string') current.children[current.children.length - 1] = last + text;
      else current.children.push(text);
    },
    onclosetag(name: string) {
      if (dropped !== null) {
        if (name === dropped && --droppedDepth === 0) {
          dropped = null;
          if (captured === 'json-ld') jsonLd.push(capturedText);
          else if (captured === 'title') titleTag = capturedText;
          captured = null;
          capturedText = '';
        }
        return;
      }
      if (VOID_TAGS.has(name) || name === 'html' || name === 'body') return;
      if (overflow > 0) {
        overflow--;
        return;
      }
      // Close up to the nearest open element of that name; a stray closing tag changes nothing.
      for (let node: HtmlElement | null = current; node && node !== root; node = node.parent) {
        if (node.tag === name) {
          while (current !== node) {
            current = current.parent ?? root;
            depth--;
          }
          current = node.parent ?? root;
          depth--;
          return;
        }
      }
    },
  };
  const options = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true };
  for (let from = 0; ; ) {
    restartAt = -1;
    // A large substring is a view in V8, not a copy: a restart costs no pass over the rest.
    const chunk = from === 0 ? html : html.slice(from);
    parser = new KeptAttributesParser(handler, options, chunk);
    parser.write(chunk);
    if (cut) break;
    if (restartAt < 0) {
      parser.end();
      break;
    }
    from += restartAt;
    overflow = 0;
  }
  if (captured === 'title' && !titleTag) titleTag = capturedText;
  return { root, elements, jsonLd, titleTag: collapseSpace(titleTag), depth: maxDepth, cut };
}

/**
 * Attributes of <html> and <body> are kept on two marker children of the root, put first among
 * its children, hence right after it in document order.
 */
function rootAttrsFor(root: HtmlElement, tag: 'html' | 'body', elements: HtmlElement[]): HtmlAttributes {
  const marker = `#${tag}`;
  let element = root.children.find((c): c is HtmlElement => isElement(c) && c.tag === marker);
  if (!element) {
    element = { tag: marker, attrs: {}, children: [], parent: root };
    root.children.unshift(element);
    elements.splice(1, 0, element);
  }
  return element.attrs;
}

export function htmlAttrs(doc: HtmlDocument): HtmlAttributes {
  const element = doc.root.children.find((c): c is HtmlElement => isElement(c) && c.tag === '#html');
  return element?.attrs ?? {};
}

/** Every element in document order, without recursion (for a whole page, doc.elements has them). */
export function* walkElements(root: HtmlElement): Generator<HtmlElement> {
  const stack: HtmlElement[] = [root];
  while (stack.length > 0) {
    const element = stack.pop()!;
    yield element;
    for (let i = element.children.length - 1; i >= 0; i--) {
      const child = element.children[i];
      if (typeof child !== 'string') stack.push(child);
    }
  }
}

/**
 * The given elements and all their ancestors, each once, every element after its parent: read
 * backwards, the order in which sums over subtrees go up in one pass (not one climb to the root
 * per element). `meet` sees each in the order a walk up from each start first meets it, with the
 * start it came from (the earliest start below it).
 */
export function ancestorsParentsFirst(starts: Iterable<HtmlElement>, meet: (element: HtmlElement, start: HtmlElement) => void): HtmlElement[] {
  const met = new Set<HtmlElement>();
  const order: HtmlElement[] = [];
  const stretch: HtmlElement[] = [];
  for (const start of starts) {
    for (let e: HtmlElement | null = start; e && !met.has(e); e = e.parent) {
      met.add(e);
      meet(e, start);
      stretch.push(e);
    }
    while (stretch.length > 0) order.push(stretch.pop()!);
  }
  return order;
}

/** Visible text of an element, whitespace collapsed. */
export function textOf(element: HtmlElement): string {
  const parts: string[] = [];
  const stack: HtmlNode[] = [element];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === 'string') {
      parts.push(node);
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    if (node.tag === 'br') parts.push(' ');
  }
  return collapseSpace(parts.join(''));
}

/**
 * Invisible characters that only hint where a line may break: soft hyphens ("can\u00addi\u00adda\u00adture"
 * as typeset blogs write every word), word joiners and stray byte-order marks. Left in, they
 * split words for every later stage.
 */
const INVISIBLE_BREAK_HINTS = /[\u00ad\u2060\ufeff]/g;

/**
 * What collapseSpace has to change: an invisible hint, a space other than ' ', two spaces in a
 * row, a space at either end. Most texts it is given (an attribute, a heading, a link) have
 * none, and are returned after this one scan instead of two replaces and a trim.
 */
const NEEDS_COLLAPSE = /[\u00ad\u2060\ufeff\u200b]|[^\S ]|  |^ | $/;

export function collapseSpace(text: string): string {
  if (!NEEDS_COLLAPSE.test(text)) return text;
  return text.replace(INVISIBLE_BREAK_HINTS, '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/**
 * collapseSpace(text).length without the string: link text is measured on every page, never
 * kept. The invisible hints count for nothing, a run of spaces between two other characters for
 * one, spaces at either end for nothing.
 */
export function collapsedLength(text: string): number {
  if (!NEEDS_COLLAPSE.test(text)) return text.length;
  let n = 0;
  let seen = false;
  let pending = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xad || c === 0x2060 || c === 0xfeff) continue;
    if (isCollapsedSpace(c)) {
      pending = seen;
      continue;
    }
    if (pending) n++;
    pending = false;
    seen = true;
    n++;
  }
  return n;
}

/** The units collapseSpace turns into one space: \s, the no-break space, the zero-width space. */
function isCollapsedSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
