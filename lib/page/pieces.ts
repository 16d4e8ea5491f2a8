/**
 * How a page's text is cut for checking. The content script sends the first scan in these pieces
 * (so highlights appear as each comes back), and `checkPage` cuts text the same way, so the `scan`
 * command and the extension check the very same chunks.
 */

/** Size of the first scan's pieces, in characters; each ends at a paragraph break where one is near. */
export const PIECE_CHARS = 12_000;

export interface Piece {
  /** Offset of the piece in the whole text. */
  base: number;
  text: string;
}

/** Splits page text into pieces of about `size` characters at paragraph breaks; blank pieces are left out. */
export function splitText(text: string, size: number = PIECE_CHARS): Piece[] {
  const pieces: Piece[] = [];
  let base = 0;
  while (base < text.length) {
    let end = Math.min(text.length, base + size);
    if (end < text.length) {
      const para = text.lastIndexOf('\n\n', end);
      if (para > base) end = para;
    }
    const piece = text.slice(base, end);
    if (piece.trim()) pieces.push({ base, text: piece });
    base = end;
  }
  return pieces;
}
