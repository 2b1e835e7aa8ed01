/**
 * A saved page as a happy-dom window: no script execution, no network, no file/CSS/JS loading, comments
 * ended as a browser ends them. Used by `npm run detect` (scripts/detect.ts) and the detection tests.
 */
import { Window } from 'happy-dom';

/**
 * Comments removed the way the HTML spec ends them (at the first `-->` or `--!>`): happy-dom 21 lets
 * a comment holding an end tag right before `-->` (`<!--a href="x">Shop</a-->`, common in WordPress
 * themes) swallow the rest of the page, where a browser ends it. Comments are never page content.
 */
export function stripComments(html: string): string {
  return html.replace(/<!--(?:>|->|[\s\S]*?(?:-->|--!>|$))/g, '');
}

export function windowFor(html: string, url: string): Window {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  // Parse the saved page as data (DOMParser runs no script), then adopt it as the window's document.
  const parsed = new window.DOMParser().parseFromString(stripComments(html), 'text/html');
  const doc = window.document;
  doc.removeChild(doc.documentElement);
  doc.appendChild(doc.importNode(parsed.documentElement, true));
  return window;
}
