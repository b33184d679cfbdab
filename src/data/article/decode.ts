/** Raw file bytes → article text, or a human-readable reason the file is not a usable article. */

/** Largest article file we accept; bigger files are almost certainly not single news articles. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** The outcome of decoding: the text, or what was wrong with the file. */
export type DecodeResult = { ok: true; text: string } | { ok: false; problem: string };

interface Signature {
  bytes: readonly number[];
  /** Where the signature starts; some formats put a length or box size first. */
  offset?: number;
  name: string;
}

const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));

// Formats people plausibly drop into an article folder by mistake.
const SIGNATURES: readonly Signature[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], name: 'PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'JPEG image' },
  { bytes: ascii('GIF87a'), name: 'GIF image' },
  { bytes: ascii('GIF89a'), name: 'GIF image' },
  { bytes: ascii('WEBP'), offset: 8, name: 'WebP image' },
  { bytes: ascii('%PDF-'), name: 'PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'ZIP archive' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], name: 'ZIP archive' },
  { bytes: [0x1f, 0x8b], name: 'gzip archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], name: '7-Zip archive' },
  { bytes: ascii('Rar!'), name: 'RAR archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], name: 'old Word/Excel document' },
  { bytes: ascii('{\\rtf'), name: 'RTF document' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: 'ELF executable' },
  { bytes: ascii('MZ'), name: 'Windows executable' },
  { bytes: [0x00, 0x61, 0x73, 0x6d], name: 'WebAssembly module' },
  { bytes: ascii('ID3'), name: 'MP3 audio' },
  { bytes: ascii('ftyp'), offset: 4, name: 'MP4/MOV video' },
  { bytes: ascii('OggS'), name: 'Ogg media' },
  { bytes: ascii('SQLite format 3'), name: 'SQLite database' },
];

// ZIP containers whose extension tells us more than "ZIP archive" would.
const ZIP_KINDS: Readonly<Record<string, string>> = {
  docx: 'Word document',
  xlsx: 'Excel spreadsheet',
  pptx: 'PowerPoint presentation',
  odt: 'OpenDocument text',
  epub: 'EPUB e-book',
};

const startsWith = (bytes: Uint8Array, sig: Signature): boolean => {
  const at = sig.offset ?? 0;
  if (bytes.length < at + sig.bytes.length) return false;
  return sig.bytes.every((b, i) => bytes[at + i] === b);
};

const extensionOf = (fileName: string): string => {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
};

const formatMegabytes = (n: number): string => `${(n / (1024 * 1024)).toFixed(1)} MB`;

const detectFormat = (fileName: string, bytes: Uint8Array): string | null => {
  for (const sig of SIGNATURES) {
    if (!startsWith(bytes, sig)) continue;
    // "MZ" is two printable letters a text could start with; real executables have NULs soon after.
    if (sig.name === 'Windows executable' && !bytes.subarray(0, 512).includes(0)) continue;
    if (sig.name === 'ZIP archive') return ZIP_KINDS[extensionOf(fileName)] ?? sig.name;
    return sig.name;
  }
  return null;
};

/** Share of bytes that are C0 control characters other than tab, newline, form feed and CR. */
const controlShare = (bytes: Uint8Array): number => {
  const n = Math.min(bytes.length, 64 * 1024);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) {
      control++;
    }
  }
  return n === 0 ? 0 : control / n;
};

/** Offset of the first byte that breaks UTF-8, for an error message that points somewhere. */
const firstInvalidUtf8 = (bytes: Uint8Array): number => {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
};

const problem = (text: string): DecodeResult => ({ ok: false, problem: text });

/** Decode an uploaded article file: rejects empty, oversized, binary and non-UTF-8 files, strips a BOM, normalises line endings to LF. */
export const decodeArticleBytes = (fileName: string, bytes: Uint8Array): DecodeResult => {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return problem(
      `file is ${formatMegabytes(bytes.length)}, over the ${MAX_ARTICLE_BYTES / (1024 * 1024)} MB limit`,
    );
  }
  if (bytes.length === 0) return problem('empty file');

  const format = detectFormat(fileName, bytes);
  if (format) return problem(`binary file (looks like ${format}), not text`);

  // UTF-16 text is full of NUL bytes; say what it is instead of calling it binary.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return problem('text is UTF-16 encoded; please save it as UTF-8');
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return problem(`binary file (contains a NUL byte at offset ${nul}), not text`);
  const share = controlShare(bytes);
  if (share > 0.1) {
    return problem(`binary file (${Math.round(share * 100)}% control characters), not text`);
  }

  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
      hasBom ? bytes.subarray(3) : bytes,
    );
  } catch {
    const at = firstInvalidUtf8(bytes);
    const where = at >= 0 ? ` at byte ${at}` : '';
    return problem(
      `not valid UTF-8${where} (perhaps Latin-1 or Windows-1252); please save it as UTF-8`,
    );
  }

  if (text.trim() === '') return problem('empty file');
  return { ok: true, text: text.replace(/\r\n?/g, '\n') };
};
