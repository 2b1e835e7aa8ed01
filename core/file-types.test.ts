import { describe, expect, it } from 'vitest';
import { isRasterImageType, servedBlob, servedType } from './file-types';

describe('servedType', () => {
  it.each([
    ['application/pdf', 'application/pdf', true],
    ['image/png', 'image/png', true],
    ['IMAGE/JPEG', 'image/jpeg', true],
    ['image/jpg', 'image/jpeg', true],
    ['image/gif', 'image/gif', true],
    ['image/webp', 'image/webp', true],
    ['text/plain; charset=iso-8859-1', 'text/plain;charset=utf-8', true],
    ['text/html', 'application/octet-stream', false],
    ['image/svg+xml', 'application/octet-stream', false],
    ['application/xhtml+xml', 'application/octet-stream', false],
    ['text/xml', 'application/octet-stream', false],
    ['application/javascript', 'application/octet-stream', false],
    ['', 'application/octet-stream', false],
    ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/octet-stream', false],
  ])('%j → %j', (input, type, inline) => {
    expect(servedType(input)).toEqual({ type, inline });
  });

  it('re-types the content, whatever the stored Blob says', async () => {
    const html = new Blob(['<script>alert(1)</script>'], { type: 'text/html' });
    const served = servedBlob(html, 'text/html');
    expect(served).toMatchObject({ inline: false });
    expect(served.blob.type).toBe('application/octet-stream');
    expect(await served.blob.text()).toBe('<script>alert(1)</script>');
    expect(servedBlob(html, 'application/pdf').blob.type).toBe('application/pdf');
  });

  it('knows raster images from SVG', () => {
    expect(isRasterImageType('image/png')).toBe(true);
    expect(isRasterImageType('image/svg+xml')).toBe(false);
  });
});
