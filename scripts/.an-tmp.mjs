import * as esbuild from 'esbuild';
const entry = process.argv[2];
const r = await esbuild.build({ entryPoints: [entry], bundle: true, minify: true, write: false, metafile: true, format: 'iife', globalName: 'X', target: 'es2022' });
const out = Object.values(r.metafile.outputs)[0];
const rows = Object.entries(out.inputs).map(([k, v]) => [v.bytesInOutput, k]).sort((a, b) => b[0] - a[0]);
for (const [b, k] of rows) console.log(b, k);
const zlib = await import('node:zlib');
console.log('total', r.outputFiles[0].contents.length, 'gz', zlib.gzipSync(r.outputFiles[0].contents).length);
