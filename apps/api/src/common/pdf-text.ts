interface MeasuringFont {
  widthOfTextAtSize(text: string, size: number): number;
}

/** Splits text into lines no wider than `max` points (pdf-lib has no text layout of its own). */
export function wrapText(text: string, font: MeasuringFont, size: number, max: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let current = '';
    for (const word of paragraph.split(' ')) {
      const next = current ? `${current} ${word}` : word;
      if (font.widthOfTextAtSize(next, size) > max && current) {
        lines.push(current);
        current = word;
      } else current = next;
    }
    lines.push(current);
  }
  return lines;
}

/** Standard PDF fonts only encode WinAnsi: replace what they cannot draw rather than failing. */
export function winAnsiSafe(text: string): string {
  return text
    .replace(/[\u202f\u00a0]/g, ' ')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\u0020-\u00ff\n\u0152\u0153\u20ac\u2013\u2014\u201c\u201d\u2026\u2022]/g, '?');
}
