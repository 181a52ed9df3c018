import { inflateSync } from 'node:zlib';

const winAnsi = new TextDecoder('windows-1252');

/**
 * The text a PDF shows, line by line, read independently of the code that wrote it: every
 * content stream is inflated and the strings of its text operators (Tj and TJ, hex or
 * literal) are decoded as WinAnsi, the encoding of the standard fonts.
 */
export function pdfText(pdf: Buffer): string[] {
  const source = pdf.toString('latin1');
  const lines: string[] = [];
  const streams = /stream\r?\n/g;
  for (let match = streams.exec(source); match; match = streams.exec(source)) {
    const start = match.index + match[0].length;
    const end = source.indexOf('endstream', start);
    const dictionary = source.slice(source.lastIndexOf('<<', match.index), match.index);
    let raw = pdf.subarray(start, end);
    if (/FlateDecode/.test(dictionary)) {
      try {
        raw = inflateSync(raw);
      } catch {
        continue;
      }
    }
    const content = raw.toString('latin1');
    for (const operation of content.matchAll(/\[((?:[^\]\\]|\\.)*)\]\s*TJ|(<[0-9a-fA-F\s]*>|\((?:[^)\\]|\\.)*\))\s*Tj/g)) {
      const operands = operation[1] ?? operation[2] ?? '';
      const pieces = [...operands.matchAll(/<([0-9a-fA-F\s]*)>|\(((?:[^)\\]|\\.)*)\)/g)].map((piece) =>
        piece[1] !== undefined ? winAnsi.decode(Buffer.from(piece[1].replace(/\s/g, ''), 'hex')) : (piece[2] ?? '').replace(/\\(.)/g, '$1'),
      );
      lines.push(pieces.join(''));
    }
  }
  return lines;
}
