import * as esbuild from 'esbuild';
import zlib from 'node:zlib';
const r = await esbuild.build({ entryPoints: [process.argv[2]], bundle: true, minify: true, write: false, format: 'iife', globalName: 'X', target: 'es2022' });
const s = r.outputFiles[0].text;
const base = zlib.gzipSync(s).length;
// find regex literals & string literals > 150 chars
const lits = [...s.matchAll(/\/(?:[^/\\\n[]|\\.|\[(?:[^\]\\]|\\.)*\])+\/[gimsuy]*|"[^"]{150,}"|`[^`]{150,}`|\[(?:"[^"]*",?){15,}\]/g)].map(m => m[0]).filter(x => x.length > 150);
const rows = lits.map(l => [base - zlib.gzipSync(s.replace(l, '""')).length, l.length, l.slice(0, 90)]);
rows.sort((a,b)=>b[0]-a[0]);
for (const r of rows) console.log(r[0], r[1], r[2]);
console.log('base', base);
