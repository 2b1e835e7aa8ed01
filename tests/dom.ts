/** A document parsed the way `npm run detect` parses a saved page (scripts/page-window.ts), for detection tests. */
import { windowFor } from '../scripts/page-window';

export function loadDocument(html: string, url: string): Document {
  return windowFor(html, url).document as unknown as Document;
}

/** `loadDocument` with its window's close: a test that reads hundreds of pages closes each (a happy-dom window left open keeps its whole page alive). */
export function openDocument(html: string, url: string): { doc: Document; close: () => Promise<void> } {
  const window = windowFor(html, url);
  return {
    doc: window.document as unknown as Document,
    close: async () => {
      await window.happyDOM.abort();
      await window.happyDOM.close();
    },
  };
}
