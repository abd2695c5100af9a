// The page as a flat list of text blocks (a paragraph, a heading, a list item, a cell…), each
// with what its markup says: link share, enclosing hints, furniture ancestors. Extraction then
// works on blocks, not on the tree.
import { collapseSpace, type HtmlElement, type HtmlNode } from './htmlTree.js';
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

interface Frame {
  node: HtmlNode;
  exit: boolean;
}

export function collectBlocks(root: HtmlElement): Block[] {
  const blocks: Block[] = [];
  const stack: Frame[] = [{ node: root, exit: false }];
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
    const text = collapseSpace(parts.join(''));
    parts = [];
    if (text !== '') {
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
    const { node, exit } = stack.pop()!;
    if (typeof node === 'string') {
      if (/\S/.test(node)) pendingBreak = false;
      parts.push(node);
      if (linkDepth > 0) {
        const n = collapseSpace(node).length;
        linkChars += n;
        if (!plainSeen) leadLinkChars += n;
      } else if (/\S/.test(node)) plainSeen = true;
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
    stack.push({ node, exit: true });
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i], exit: false });
  }
  flush();
  return blocks;
}
