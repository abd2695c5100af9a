// A line of program code or a shell command in a technical article copied as text: "var req =
// new Request("/index.html"); console.log(req.method);", "$ hg clone public test-repo". Its words
// are identifiers, not stop words, so stop-word density takes it for a menu (a 'bad' line) and the
// densest-run search cuts the article at every listing. No menu, tag list or teaser is written
// with brackets, semicolons and assignments: such a line is read as possible prose (near-good),
// kept when prose stands next to it.

/** Brackets, semicolons and equals signs a line needs to be code: "f(x);" has three, a menu none. */
export const CODE_MIN_MARKS = 4;

/**
 * Whether a line reads as code: a shell prompt ("$ "), or at least CODE_MIN_MARKS of `{ } ( ) ;
 * =` among which a call or a block (parentheses or braces) and a statement mark (a semicolon, a
 * brace or an assignment). Prose in parentheses ("New Zealand (Māori: Aotearoa) is…") has no
 * statement mark, or is 'good' already and never asked.
 */
export function looksLikeCode(text: string): boolean {
  if (text.charCodeAt(0) === 0x24 /* $ */ && text.charCodeAt(1) === 0x20) return true;
  // Most lines hold no bracket at all: two native searches spare them the loop.
  if (text.indexOf('(') < 0 && text.indexOf('{') < 0) return false;
  let marks = 0;
  let statement = false;
  let call = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x7b || code === 0x7d /* { } */) {
      marks++;
      statement = call = true;
    } else if (code === 0x28 || code === 0x29 /* ( ) */) {
      marks++;
      call = true;
    } else if (code === 0x3b || code === 0x3d /* ; = */) {
      marks++;
      statement = true;
    }
  }
  return marks >= CODE_MIN_MARKS && statement && call;
}
