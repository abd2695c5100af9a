// Bytes that are not text (an image or a PDF saved as .html) decode into replacement characters
// and control codes: detected up front so that no stage wastes time on them.

/** Characters sampled from the start. */
const SAMPLE_CHARS = 4096;
/** Above this share of undecodable or control characters the input is binary. */
const MAX_BINARY_SHARE = 0.1;

/** A message saying why the input looks binary, or null when it looks like text. */
export function sniffBinary(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (sample.length === 0) return null;
  const bad = sample.match(/[\uFFFD\u0000-\u0008\u000E-\u001F]/g)?.length ?? 0;
  if (bad / sample.length > MAX_BINARY_SHARE) {
    return `input looks binary (${Math.round((100 * bad) / sample.length)}% undecodable or control characters)`;
  }
  return null;
}
