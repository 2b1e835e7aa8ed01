import * as esbuild from 'esbuild';
import zlib from 'node:zlib';
const r = await esbuild.build({ entryPoints: [process.argv[2]], bundle: true, minifySyntax: true, minifyIdentifiers: true, write: false, format: 'esm', target: 'es2022' });
const s = r.outputFiles[0].text;
// split top-level statements by lines starting at column 0
const parts = s.split(/\n(?=(?:function|var|const|let|class|export|\/\/ ) )/);
const total = zlib.gzipSync(s).length;
const rows = parts.map(p => { const rest = s.replace(p, ''); return [total - zlib.gzipSync(rest).length, p.length, p.slice(0, 70).replace(/\n/g,' ')]; });
rows.sort((a,b)=>b[0]-a[0]);
for (const x of rows.slice(0, 45)) console.log(x.join('  '));
