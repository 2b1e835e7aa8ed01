import * as esbuild from 'esbuild';
import zlib from 'node:zlib';
import fs from 'node:fs';
for (const f of process.argv.slice(2)) {
  const r = await esbuild.transform(fs.readFileSync(f, 'utf8'), { loader: 'ts', minify: true, target: 'es2022' });
  console.log(zlib.gzipSync(r.code).length, r.code.length, f);
}
