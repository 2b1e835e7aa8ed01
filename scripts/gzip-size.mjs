/**
 * Gzipped size of a file as `gzip -9` reports it (the usual measure of "gzipped"); Node's zlib, which
 * compresses about 0.5% less well, when no gzip program is installed.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export function gzipSize(file) {
  try {
    return execFileSync('gzip', ['-9', '-c', file], { maxBuffer: 64 * 1024 * 1024 }).length;
  } catch {
    return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
  }
}

/**
 * The options page's first paint, gzipped (bytes). It was 142 KB before the Public Suffix List (tldts, 116 KB
 * gzipped) came in through four static imports and took it to 258 KB: the list loads on demand there too.
 */
export const OPTIONS_FIRST_PAINT_BUDGET = 150 * 1024;

/** The side panel's first paint: the scripts sidepanel.html loads or preloads, and their static imports. */
export function firstPaintFiles(extDir, page = 'sidepanel.html') {
  const html = fs.readFileSync(path.join(extDir, page), 'utf8');
  const seen = new Set();
  const visit = (rel) => {
    const file = path.join(extDir, rel.replace(/^\//, ''));
    if (seen.has(file) || !fs.existsSync(file)) return;
    seen.add(file);
    const src = fs.readFileSync(file, 'utf8');
    for (const m of src.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g))
      visit(path.join(path.dirname(rel), m[1]));
  };
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) visit(m[1]);
  for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)) visit(m[1]);
  return [...seen];
}
