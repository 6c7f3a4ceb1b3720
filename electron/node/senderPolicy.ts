/** Which pages may call the IPC handlers: only our own renderer, never a navigated-to page. */
export interface RendererLocation {
  /** file:// URL of the packaged index.html. */
  fileUrl: string;
  /** The dev server URL during `npm run dev`, else undefined. */
  devServerUrl?: string;
}

export function isTrustedSender(senderUrl: string | undefined, where: RendererLocation): boolean {
  if (!senderUrl) return false;
  let url: URL;
  try {
    url = new URL(senderUrl);
  } catch {
    return false;
  }
  if (where.devServerUrl) {
    const dev = new URL(where.devServerUrl);
    if (url.origin === dev.origin) return true;
  }
  const file = new URL(where.fileUrl);
  return url.protocol === 'file:' && url.pathname === file.pathname;
}
