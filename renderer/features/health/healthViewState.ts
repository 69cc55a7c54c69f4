import { create } from 'zustand';

/** Whether the feed health view is showing; opened by the `show-health` command, closed by the view itself. */
export const useHealthView = create<{ open: boolean; setOpen: (open: boolean) => void }>()((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));
