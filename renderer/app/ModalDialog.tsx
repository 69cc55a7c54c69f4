import { useEffect, useRef, type ReactNode } from 'react';
import './modalDialog.css';

/**
 * A modal dialog on the platform's own `<dialog>`: the page behind is inert, the keyboard stays inside, Escape
 * cancels. `onClose` is called however it closes; the caller hands the keyboard back to where the dialog came from.
 */
export function ModalDialog({ title, children, onClose, className }: { title: string; children: ReactNode; onClose: () => void; className?: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className={`modal-dialog${className ? ` ${className}` : ''}`}
      aria-label={title}
      onClose={onClose}
      onKeyDown={(event) => event.stopPropagation()}
    >
      <h2 className="modal-title">{title}</h2>
      {children}
    </dialog>
  );
}
