/** The file input of an import (CSV, vCard): reads the picked file and says a refused or failed read in the user's words. */
import { failureText } from '../common';
import { fileProblemText } from './text';
import type { FileProblemLike } from './types';

export function ImportFile<R extends { ok: true }>(props: {
  id: string;
  label: string;
  accept: string;
  read: (file: File) => Promise<R | { ok: false; problem: FileProblemLike }>;
  /** Called on every pick, a file or none, before the read: clears what the last file showed. */
  onPick: () => void;
  onRead: (read: R) => void | Promise<void>;
  onError: (message: string) => void;
}) {
  const pick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    props.onPick();
    if (!file) return;
    try {
      const read = await props.read(file);
      if (!read.ok) return props.onError(fileProblemText(read.problem));
      await props.onRead(read);
    } catch (e) {
      props.onError(failureText(e));
    }
  };
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="file"
        accept={props.accept}
        onChange={(e) => void pick(e.currentTarget as HTMLInputElement)}
      />
    </div>
  );
}
