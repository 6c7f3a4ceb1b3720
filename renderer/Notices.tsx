import { useEffect } from 'react';
import { useEditor, useView } from './editor/EditorContext';

/** Short status messages (saved, opened) that fade after a few seconds. */
export function Notices() {
  const notices = useView((s) => s.notices);
  const dismiss = useEditor().view.getState().dismissNotice;
  useEffect(() => {
    if (notices.length === 0) return;
    const timer = setTimeout(() => dismiss(notices[0]!.id), 4000);
    return () => clearTimeout(timer);
  }, [notices, dismiss]);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice--${n.kind}`}>
          {n.text}
        </div>
      ))}
    </div>
  );
}
