/** A document parsed the way `npm run detect` parses a saved page (scripts/page-window.ts), for detection tests. */
import { windowFor } from '../scripts/page-window';

export function loadDocument(html: string, url: string): Document {
  return windowFor(html, url).document as unknown as Document;
}
