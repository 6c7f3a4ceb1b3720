/**
 * "Export current view" and "Copy view to clipboard": exactly what is on screen, through
 * html-to-image (pinned to 1.11.11: later versions drop React Flow edges).
 */
import { toBlob } from 'html-to-image';

function visibleMap(): HTMLElement {
  const map = document.querySelector<HTMLElement>('.react-flow');
  if (!map) throw new Error('there is no map on screen');
  return map;
}

export async function captureView(): Promise<Blob> {
  const blob = await toBlob(visibleMap(), {
    backgroundColor: getComputedStyle(document.body).backgroundColor || '#ffffff',
    pixelRatio: Math.min(2, window.devicePixelRatio || 1),
    filter: (node) =>
      !(
        node instanceof HTMLElement &&
        (node.classList.contains('react-flow__minimap') || node.classList.contains('react-flow__controls'))
      ),
  });
  if (!blob) throw new Error('the view could not be captured');
  return blob;
}

export async function copyViewToClipboard(): Promise<void> {
  const blob = await captureView();
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
}
