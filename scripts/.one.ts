import fs from 'node:fs';
import { detect } from '../core/detect/registry';
import { windowFor } from './page-window';
const [file, url] = process.argv.slice(2);
const w = windowFor(fs.readFileSync(file, 'utf8'), url);
console.log(JSON.stringify(detect(w.document as unknown as Document, url), null, 1));
