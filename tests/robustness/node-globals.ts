/**
 * Tests only: the browser globals dexie-export-import expects (`self`, a FileReader reading binary
 * strings and array buffers), for suites that run in vitest's node environment (whose Blob survives
 * fake-indexeddb's structured clone). Import it before the code under test.
 */
const g = globalThis as Record<string, unknown>;
g.self ??= globalThis;
if (!g.FileReader) {
  class NodeFileReader extends EventTarget {
    result: unknown = null;
    error: unknown = null;
    onload: ((e: Event) => void) | null = null;
    onerror: ((e: Event) => void) | null = null;
    private run(blob: Blob, map: (b: ArrayBuffer) => unknown) {
      blob.arrayBuffer().then(
        (b) => {
          this.result = map(b);
          const e = new Event('load');
          this.dispatchEvent(e);
          this.onload?.(e);
        },
        (err: unknown) => {
          this.error = err;
          const e = new Event('error');
          this.dispatchEvent(e);
          this.onerror?.(e);
        },
      );
    }
    readAsArrayBuffer(blob: Blob) {
      this.run(blob, (b) => b);
    }
    readAsBinaryString(blob: Blob) {
      this.run(blob, (b) => {
        const bytes = new Uint8Array(b);
        let s = '';
        for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        return s;
      });
    }
  }
  g.FileReader = NodeFileReader;
}
export {};
