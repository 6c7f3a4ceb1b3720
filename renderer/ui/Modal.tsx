import { useEffect, useRef, type ReactNode } from 'react';

/** A native modal <dialog>: focus trapped, Escape answers like Cancel. */
export function Modal({
  labelledBy,
  onCancel,
  className,
  children,
}: {
  labelledBy: string;
  onCancel(): void;
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={labelledBy}
      onCancel={(e) => (e.preventDefault(), onCancel())}
    >
      {children}
    </dialog>
  );
}
