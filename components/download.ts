/** Saves a Blob as a file through a temporary link: the browser's own download, nothing leaves the machine. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started once click() returns; the URL can go after the current task.
  queueMicrotask(() => setTimeout(() => URL.revokeObjectURL(url), 10_000));
}
