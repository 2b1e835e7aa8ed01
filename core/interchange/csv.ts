/**
 * CSV as spreadsheets write it (RFC 4180, plus what French Excel does): `;`, `,` or tab between
 * fields, `"` quotes doubled inside quoted fields, CRLF or LF line ends, an optional UTF-8 BOM,
 * Windows-1252 when the bytes are not valid UTF-8. Pure functions over bytes and strings.
 * Errors are values naming the row (1-based, the header being row 1, as a spreadsheet counts).
 */

export type Delimiter = ';' | ',' | '\t';
export const DELIMITERS: readonly Delimiter[] = [';', ',', '\t'];

export type Encoding = 'utf-8' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: Encoding;
  hadBom: boolean;
}

/**
 * UTF-8 (BOM stripped) when the bytes are valid UTF-8, else Windows-1252 (what Excel writes for
 * "CSV (séparateur: point-virgule)" on a French Windows). Latin-1 bytes are almost never valid UTF-8,
 * so trying the strict decoder first is a reliable test.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const hadBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hadBom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'utf-8', hadBom };
  } catch {
    const text = new TextDecoder('windows-1252')
      .decode(body)
      .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] || c);
    return { text, encoding: 'windows-1252', hadBom };
  }
}

/**
 * 0x80–0x9F in Windows-1252 (€, ’, œ, …). Browsers decode them so already; some runtimes' decoders
 * (Node without full ICU) treat the label as Latin-1 and return C1 controls instead.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** The delimiter that splits the first line (outside quotes) into the most fields; `;` wins ties (French Excel). */
export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ';' || c === ',' || c === '\t')) counts[c]++;
  }
  let best: Delimiter = ';';
  for (const d of DELIMITERS) if (counts[d] > counts[best]) best = d;
  return best;
}

export type CsvParseResult =
  | { ok: true; rows: string[][] }
  | { ok: false; error: { code: 'unterminated-quote' | 'too-many-rows' | 'too-many-columns'; row: number } };

export interface CsvParseOptions {
  delimiter?: Delimiter;
  maxRows?: number;
  maxColumns?: number;
}

/**
 * Splits CSV text into rows of fields. A quoted field may hold delimiters, quotes (doubled) and
 * line breaks. Blank lines are dropped. A quote inside an unquoted field is kept as text
 * (Excel does the same); an opening quote never closed is an error naming its row.
 */
export function parseCsv(text: string, options: CsvParseOptions = {}): CsvParseResult {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delim = options.delimiter ?? detectDelimiter(src);
  const maxRows = options.maxRows ?? Infinity;
  const maxColumns = options.maxColumns ?? 500;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const n = src.length;
  const endRow = (): CsvParseResult | null => {
    row.push(field);
    field = '';
    if (row.length > maxColumns) return { ok: false, error: { code: 'too-many-columns', row: rows.length + 1 } };
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
    if (rows.length > maxRows) return { ok: false, error: { code: 'too-many-rows', row: rows.length } };
    return null;
  };
  while (i < n) {
    const c = src[i]!;
    if (c === '"' && field === '') {
      // Quoted field: runs to the next lone quote.
      const startRow = rows.length + 1;
      i++;
      let closed = false;
      let start = i;
      while (i < n) {
        const q = src.indexOf('"', i);
        if (q < 0) break;
        field += src.slice(start, q);
        if (src[q + 1] === '"') {
          field += '"';
          i = q + 2;
          start = i;
        } else {
          i = q + 1;
          closed = true;
          break;
        }
      }
      if (!closed) return { ok: false, error: { code: 'unterminated-quote', row: startRow } };
      // Text after the closing quote up to the delimiter is kept (lenient, as Excel).
      while (i < n && src[i] !== delim && src[i] !== '\n' && src[i] !== '\r') field += src[i++];
      continue;
    }
    if (c === delim) {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\n' || c === '\r') {
      const err = endRow();
      if (err) return err;
      i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
    } else {
      // Plain run up to the next special character.
      let j = i;
      while (j < n) {
        const d = src[j];
        if (d === delim || d === '\n' || d === '\r') break;
        j++;
      }
      field += src.slice(i, j);
      i = j;
    }
  }
  if (field !== '' || row.length > 0) {
    const err = endRow();
    if (err) return err;
  }
  return { ok: true, rows };
}

/**
 * A cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start) gets a leading
 * apostrophe (OWASP "CSV injection"). "+33 6 12…" phone numbers are prefixed too: the apostrophe
 * is invisible in Excel and keeps the text as typed. Plain signed numbers are left alone.
 */
export function neutralizeFormula(cell: string): string {
  // A plain signed number ("-12.50", a credit note) is data, not a formula: kept as is.
  if (/^[+-]?\d+([.,]\d+)?$/.test(cell)) return cell;
  // Apostrophes already in front of a formula character get one more, so that the import's
  // `restoreNeutralized` gives back exactly what was exported.
  return /^'*[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/**
 * The inverse of `neutralizeFormula`, applied to every imported cell: one leading apostrophe in front
 * of a formula character is removed ("'+33 6…" → "+33 6…", as Excel itself reads it).
 */
export function restoreNeutralized(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/**
 * Quoted when the cell holds any delimiter (not only the file's: English Excel opens a `;` file
 * splitting on `,`), a quote or a line break, or has spaces at either end.
 */
function quoteCell(cell: string): string {
  const needs = /[,;\t"\r\n]/.test(cell) || /^\s|\s$/.test(cell);
  return needs ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export type CsvCell = string | number | boolean | null | undefined;

export interface CsvWriteOptions {
  delimiter?: Delimiter;
  /** A UTF-8 BOM so that Excel reads the file as UTF-8 (default true). */
  bom?: boolean;
}

/** Rows to CSV text: `;` and CRLF by default (French Excel), every cell formula-safe and quoted when needed. */
export function serializeCsv(rows: readonly (readonly CsvCell[])[], options: CsvWriteOptions = {}): string {
  const delimiter = options.delimiter ?? ';';
  const lines = rows.map((r) =>
    r
      .map((v) => {
        if (v === null || v === undefined) return '';
        if (typeof v === 'boolean') return v ? '1' : '0';
        if (typeof v === 'number') return String(v);
        return quoteCell(neutralizeFormula(v));
      })
      .join(delimiter),
  );
  return (options.bom === false ? '' : '\ufeff') + lines.join('\r\n') + (lines.length ? '\r\n' : '');
}
