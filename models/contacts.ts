import { archivePerson, restorePerson, savePerson, type PersonFields } from '../storage/repos/people';

export const contactActions = {
  save: (companyId: string, fields: PersonFields, id?: string) => savePerson(companyId, fields, id),
  archive: (id: string) => archivePerson(id),
  restore: (id: string) => restorePerson(id),
};

/** Photos are stored locally, resized so that the database stays small: at most 256 px, JPEG. */
export async function resizePhoto(file: Blob, max = 256): Promise<Blob> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, max / Math.max(bitmap.width, bitmap.height));
  const w = Math.max(1, Math.round(bitmap.width * scale));
  const h = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = new OffscreenCanvas(w, h);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d context');
  ctx.drawImage(bitmap, 0, 0, w, h);
  bitmap.close();
  return canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
}
