/** Puts the keyboard in the search field, showing it if needed. */
export function focusSearch(): void {
  // Filled in by the search work.
}
