/** One toast at a time, optionally with an undo action. */
import { signal } from '@preact/signals';

export interface Toast {
  id: number;
  text: string;
  kind: 'info' | 'error';
  undo?: () => Promise<void> | void;
}

export const toast = signal<Toast | null>(null);
let counter = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

export function showToast(text: string, options: { kind?: Toast['kind']; undo?: Toast['undo']; ms?: number } = {}) {
  const next: Toast = {
    id: ++counter,
    text,
    kind: options.kind ?? 'info',
    ...(options.undo ? { undo: options.undo } : {}),
  };
  toast.value = next;
  clearTimeout(timer);
  timer = setTimeout(
    () => {
      if (toast.value?.id === next.id) toast.value = null;
    },
    options.ms ?? (options.undo ? 8000 : 4000),
  );
}

export function dismissToast() {
  toast.value = null;
}
