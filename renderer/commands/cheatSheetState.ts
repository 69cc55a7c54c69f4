import { create } from 'zustand';

/** Whether the keyboard cheat sheet is showing; opened by the `show-shortcuts` command, closed by the sheet itself. */
export const useCheatSheet = create<{ open: boolean; setOpen: (open: boolean) => void }>()((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));
