// The page as a flat list of text blocks (a paragraph, a heading, a list item, a cell…), each
// with what its markup says: link share, enclosing hints, furniture ancestors. Extraction then
// works on blocks, not on the tree.
import { collapsedLength, collapseSpace, type HtmlElement, type HtmlNode } from './htmlTree.js';
import { extendHint, FURNITURE_TAGS, isHidden, ROOT_HINT, type ChainHint } from './markupHints.js';

export interface Block {
  /** Position in page order. */
  index: number;
  text: string;
  /** Characters of text inside links. */
  linkChars: number;
  /** Characters of link text before any other text: a block that opens with a linked headline. */
  leadLinkChars: number;
  /** The nearest block-level element holding the text. */
  owner: HtmlElement;
  tag: string;
  /** Markup evidence of the owner and all its ancestors (markupHints.ts). */
  hint: number;
  chain: ChainHint;
  /** Inside nav/aside/footer/form/figcaption… */
  furniture: boolean;
}

export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'tbody',
  'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'figure', 'figcaption', 'form', 'fieldset',
  'address', 'details', 'summary', 'center', 'hr', 'menu', 'dialog', 'body', '#root', 'legend',
  'picture', 'label',
]);

/**
 * Bounds on what a page may hand to the later steps, each far above real pages (313 pages of the
 * extraction slice: at most 1,747 blocks, the longest 3,043 characters) and far below what a
 * hostile page of a few megabytes holds: 50,000 one-line paragraphs, one 9 MB text node. Past
 * them the page is a dump, not a story, and the rest is not read (BlocksCut says where).
 */
export const MAX_BLOCKS = 5_000;
/** A block's text is cut here: a story's longest paragraph is a few thousand characters. */
export const MAX_BLOCK_CHARS = 50_000;
/** Text of all blocks together: a long-read is 100,000 characters, a book chapter twice that. */
export const MAX_PAGE_TEXT_CHARS = 1_000_000;

export interface CollectedBlocks {
  blocks: Block[];
  /** Why the page was not read to its end, or null when it was. */
  cut: string | null;
}

export function collectBlocks(root: HtmlElement): CollectedBlocks {
  const blocks: Block[] = [];
  let textChars = 0;
  let cut: string | null = null;
  // The walk's stack as two parallel arrays, each node with whether it is met on the way out:
  // no object allocated per node visited.
  const stack: HtmlNode[] = [root];
  const exits: boolean[] = [false];
  const hints: ChainHint[] = [ROOT_HINT];
  const owners: HtmlElement[] = [root];
  let furnitureDepth = 0;
  let linkDepth = 0;
  let parts: string[] = [];
  let linkChars = 0;
  let leadLinkChars = 0;
  let plainSeen = false;
  let pendingBreak = false;

  const flush = () => {
    if (parts.length === 0) return;
    const raw = parts.join('');
    parts = [];
    // Cut before collapsing the spaces, so a 9 MB text node is not scanned whole; twice the bound
    // leaves room for the spaces collapsed.
    let text = collapseSpace(raw.length > 2 * MAX_BLOCK_CHARS ? raw.slice(0, 2 * MAX_BLOCK_CHARS) : raw);
    if (text.length > MAX_BLOCK_CHARS || raw.length > 2 * MAX_BLOCK_CHARS) {
      text = text.slice(0, MAX_BLOCK_CHARS);
      cut ??= `a block of text cut at ${MAX_BLOCK_CHARS} characters`;
    }
    if (text !== '') {
      textChars += text.length;
      const owner = owners[owners.length - 1];
      blocks.push({
        index: blocks.length, text, linkChars: Math.min(linkChars, text.length), leadLinkChars: Math.min(leadLinkChars, text.length), owner,
        tag: owner.tag, hint: hints[hints.length - 1].score, chain: hints[hints.length - 1], furniture: furnitureDepth > 0,
      });
    }
    linkChars = 0;
    leadLinkChars = 0;
    plainSeen = false;
  };

  while (stack.length > 0) {
    if (blocks.length >= MAX_BLOCKS || textChars >= MAX_PAGE_TEXT_CHARS) {
      cut = blocks.length >= MAX_BLOCKS ? `page read up to its first ${MAX_BLOCKS} blocks` : `page read up to its first ${MAX_PAGE_TEXT_CHARS} characters of text`;
      parts = [];
      break;
    }
    const node = stack.pop()!;
    const exit = exits.pop()!;
    if (typeof node === 'string') {
      const visible = /\S/.test(node);
      if (visible) pendingBreak = false;
      parts.push(node);
      if (linkDepth > 0) {
        const n = collapsedLength(node);
        linkChars += n;
        if (!plainSeen) leadLinkChars += n;
      } else if (visible) plainSeen = true;
      continue;
    }
    const block = BLOCK_TAGS.has(node.tag);
    if (exit) {
      if (block) {
        flush();
        owners.pop();
        hints.pop();
      }
      if (node.tag === 'a') linkDepth--;
      if (FURNITURE_TAGS.has(node.tag)) furnitureDepth--;
      continue;
    }
    if (node.tag === 'br') {
      // "<br><br>" separates paragraphs in pages that use no <p>.
      if (pendingBreak) flush();
      pendingBreak = true;
      parts.push(' ');
      continue;
    }
    if (node.tag.startsWith('#') && node !== root) continue;
    if (node !== root && isHidden(node)) continue;
    if (block) {
      flush();
      owners.push(node);
      hints.push(extendHint(hints[hints.length - 1], node));
    }
    if (node.tag === 'a') linkDepth++;
    if (FURNITURE_TAGS.has(node.tag)) furnitureDepth++;
    stack.push(node);
    exits.push(true);
    for (let i = node.children.length - 1; i >= 0; i--) {
      stack.push(node.children[i]);
      exits.push(false);
    }
  }
  flush();
  return { blocks, cut };
}
