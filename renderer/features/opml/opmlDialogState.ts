import { create } from 'zustand';
import type { OpmlImportSummary } from '../../db/opmlImport';

/** Why a file imported nothing: too large to be a list of feeds, or what reading or storing it said. */
export type OpmlImportFailure = { reason: 'too-large'; bytes: number } | { reason: 'not-imported'; detail: string };

/** The import dialog, step by step; `choosing` waits for a file where the window could not open the chooser itself. */
export type OpmlDialogStep =
  | { step: 'closed' }
  | { step: 'choosing' }
  /** `total` is 0 while the file is being read, before its feeds are counted. */
  | { step: 'importing'; fileName: string; done: number; total: number }
  | { step: 'finished'; fileName: string; summary: OpmlImportSummary }
  | { step: 'failed'; fileName: string; failure: OpmlImportFailure };

interface OpmlDialogStore {
  current: OpmlDialogStep;
  show: (step: OpmlDialogStep) => void;
  /** Refused while an import runs: its summary is still to come. */
  close: () => void;
}

export const useOpmlDialog = create<OpmlDialogStore>()((set, get) => ({
  current: { step: 'closed' },
  show: (current) => set({ current }),
  close: () => {
    if (get().current.step !== 'importing') set({ current: { step: 'closed' } });
  },
}));

export function isImporting(): boolean {
  return useOpmlDialog.getState().current.step === 'importing';
}
