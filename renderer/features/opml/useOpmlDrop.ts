import { useEffect } from 'react';
import { importOpmlFile } from './importSubscriptions';

/** A file dropped anywhere on the window is imported as OPML; drags of text or links are left to the page. */
export function useOpmlDrop(): void {
  useEffect(() => installOpmlDrop(window), []);
}

export function installOpmlDrop(target: Window): () => void {
  const allowDrop = (event: DragEvent): void => {
    if (!carriesFiles(event)) return;
    // Without this the browser opens the dropped file in place of Tidings.
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  };
  const drop = (event: DragEvent): void => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    const file = opmlFileAmong(Array.from(event.dataTransfer?.files ?? []));
    if (file) void importOpmlFile(file);
  };
  target.addEventListener('dragenter', allowDrop);
  target.addEventListener('dragover', allowDrop);
  target.addEventListener('drop', drop);
  return () => {
    target.removeEventListener('dragenter', allowDrop);
    target.removeEventListener('dragover', allowDrop);
    target.removeEventListener('drop', drop);
  };
}

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/**
 * The file to import among several dropped: the first named as OPML or XML, else the first, which the import then
 * refuses with its reason, so that a wrong file dropped is told about rather than ignored.
 */
export function opmlFileAmong(files: readonly File[]): File | undefined {
  return files.find((file) => /\.(opml|xml)$/i.test(file.name)) ?? files[0];
}
