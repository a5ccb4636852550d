/** The chart's CSV columns, for tests and hosts; the CSV itself is written by the SDK. */
export { SPC_CSV_COLUMNS as CSV_COLUMNS } from '@qms-kit/sdk';

/** Presentation properties copied from the page's computed style into the exported SVG. */
const PAINT = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'visibility',
] as const;

/**
 * A standalone SVG document of the chart: every colour, line style and font written inline as
 * presentation attributes (the element's CSS does not travel with the file), a white background,
 * and without the keyboard focus layer. Presentation attributes rather than a `style` attribute,
 * so a page with a strict Content Security Policy does not block anything.
 */
export function serialiseSvg(source: SVGSVGElement, title: string): string {
  const clone = source.cloneNode(true) as SVGSVGElement;
  const from = [source, ...source.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  from.forEach((original, i) => {
    const copy = to[i];
    if (!copy) return;
    const computed = getComputedStyle(original);
    for (const name of PAINT) {
      const value = computed.getPropertyValue(name);
      if (value !== '') copy.setAttribute(name, value);
    }
  });
  for (const el of clone.querySelectorAll('[data-export="omit"]')) el.remove();
  for (const attr of ['tabindex', 'role', 'aria-labelledby', 'aria-describedby', 'class', 'part']) {
    clone.removeAttribute(attr);
  }
  const [, , width = '640', height = '320'] = (clone.getAttribute('viewBox') ?? '').split(' ');
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', width);
  clone.setAttribute('height', height);
  const ns = 'http://www.w3.org/2000/svg';
  const background = document.createElementNS(ns, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  clone.insertBefore(background, clone.firstChild);
  let titleEl: Element | null = clone.querySelector('title');
  if (titleEl === null) {
    titleEl = document.createElementNS(ns, 'title');
    clone.insertBefore(titleEl, clone.firstChild);
  }
  titleEl.textContent = title;
  return new XMLSerializer().serializeToString(clone);
}

/** Draws an SVG document onto a canvas at `scale` × its size and returns it as a PNG. */
/**
 * Why a PNG could not be made. `blocked`: the page's Content Security Policy refused the
 * `blob:` image the SVG is drawn through (the page needs `img-src blob:`).
 */
export class PngExportError extends Error {
  readonly blocked: boolean;
  constructor(blocked: boolean, reason: string) {
    super(reason);
    this.name = 'PngExportError';
    this.blocked = blocked;
  }
}

export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const blob = new Blob([svgText], { type: 'image/svg+xml' });
  const url = URL.createObjectURL(blob);
  let blocked = false;
  const onViolation = (e: SecurityPolicyViolationEvent) => {
    if (e.blockedURI === url || e.blockedURI.startsWith('blob')) blocked = true;
  };
  document.addEventListener('securitypolicyviolation', onViolation, true);
  try {
    const image = new Image();
    image.src = url;
    try {
      await image.decode();
    } catch (e) {
      // The violation report is queued as a task of its own: let it arrive before deciding.
      await new Promise((resolve) => setTimeout(resolve, 0));
      throw new PngExportError(blocked, e instanceof Error ? e.message : String(e));
    }
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(image.naturalWidth * scale));
    canvas.height = Math.max(1, Math.round(image.naturalHeight * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new PngExportError(false, 'no 2D canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (png) => (png ? resolve(png) : reject(new PngExportError(false, 'no PNG'))),
        'image/png',
      ),
    );
  } finally {
    document.removeEventListener('securitypolicyviolation', onViolation, true);
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob under `filename` through a temporary link. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
