/**
 * Which stored files the extension may show inline. A `blob:` URL opens in the extension's own
 * origin with the Blob's type: an HTML or SVG file opened there would run as an extension page.
 * So only types that cannot hold script open inline (PDF, raster images, plain text); anything else
 * is handed to the browser as `application/octet-stream`, which always downloads.
 */

/** Raster images: what a contact photo may be (SVG can hold script). */
export const RASTER_IMAGE_TYPES: ReadonlySet<string> = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

const INLINE_TYPES: ReadonlySet<string> = new Set(['application/pdf', 'text/plain', ...RASTER_IMAGE_TYPES]);

/** "Image/JPEG; charset=x" → "image/jpeg"; "image/jpg" (a common mistake) → "image/jpeg". */
export function essenceOf(mimeType: string): string {
  const essence = (mimeType.split(';')[0] ?? '').trim().toLowerCase();
  return essence === 'image/jpg' || essence === 'image/pjpeg' ? 'image/jpeg' : essence;
}

/** The type a stored file is served with: its own when it may open inline, else octet-stream. */
export function servedType(mimeType: string): { type: string; inline: boolean } {
  const essence = essenceOf(mimeType);
  if (!INLINE_TYPES.has(essence)) return { type: 'application/octet-stream', inline: false };
  // Plain text is decoded as UTF-8 whatever the page guesses.
  return { type: essence === 'text/plain' ? 'text/plain;charset=utf-8' : essence, inline: true };
}

/**
 * The Blob to make an object URL from: the content re-typed by `servedType` of the record's type. The
 * stored Blob's own `type` is never trusted (a restored file can say one thing and hold another).
 */
export function servedBlob(content: Blob, mimeType: string): { blob: Blob; inline: boolean } {
  const { type, inline } = servedType(mimeType);
  return { blob: new Blob([content], { type }), inline };
}

export const isRasterImageType = (mimeType: string): boolean => RASTER_IMAGE_TYPES.has(essenceOf(mimeType));
