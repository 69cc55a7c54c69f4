/** The field on screen, set by SearchField: the commands that focus it run outside React. */
let field: HTMLInputElement | null = null;

/** SearchField's ref: null once it is gone. */
export function registerSearchField(element: HTMLInputElement | null): void {
  field = element;
}

/** Puts the keyboard in the search field, showing it if needed. */
export function focusSearch(): void {
  if (!field) return;
  field.focus();
  // Selected, so that typing replaces the last search rather than adding to it.
  field.select();
}
