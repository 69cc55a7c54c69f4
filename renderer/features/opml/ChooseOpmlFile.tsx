import { useRef } from 'react';
import { importOpmlFile, opmlFileTypes } from './importSubscriptions';

/**
 * A button that opens the system's file chooser for an OPML file and imports the file chosen. The input itself stays
 * hidden: its own look cannot be styled, and its label would read "No file chosen" once the import is done.
 */
export function ChooseOpmlFile({ label, className }: { label: string; className?: string }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={className} onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        className="opml-file-input"
        type="file"
        accept={opmlFileTypes}
        hidden
        tabIndex={-1}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared, so that choosing the same file again (after fixing it, say) is a change too.
          event.currentTarget.value = '';
          if (file) void importOpmlFile(file);
        }}
      />
    </>
  );
}
