/**
 * The join link as a QR code for phones and tablets in the room. Loaded with the Host workshop
 * dialog's first QR code (lazy), so qrcode-generator is not in the window's start bundle.
 * Drawn as React SVG (one path of dark modules), no HTML strings, so the page's CSP stays strict.
 */
import qrcode from 'qrcode-generator';
import { useMemo } from 'react';

/** Quiet zone around the code, in modules (the QR standard asks for four). */
const MARGIN = 4;

export function JoinQrCode({ link, label }: { link: string; label: string }) {
  const { size, path } = useMemo(() => {
    const code = qrcode(0, 'M');
    code.addData(link);
    code.make();
    const count = code.getModuleCount();
    const cells: string[] = [];
    for (let row = 0; row < count; row++)
      for (let col = 0; col < count; col++)
        if (code.isDark(row, col)) cells.push(`M${col + MARGIN} ${row + MARGIN}h1v1h-1z`);
    return { size: count + 2 * MARGIN, path: cells.join('') };
  }, [link]);
  return (
    <svg
      className="host-workshop__qr"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
      data-link={link}
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

export default JoinQrCode;
