/** A document parsed by happy-dom at `url`, its scripts and style sheets never run nor loaded (detection tests). */
import { Window } from 'happy-dom';

export function loadDocument(html: string, url: string): Document {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  window.document.write(html);
  return window.document as unknown as Document;
}
