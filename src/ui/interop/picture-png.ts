/**
 * A PNG of an SVG picture, drawn by the browser: the SVG is loaded as an image and drawn onto a canvas
 * at twice its size, so it stays sharp on a slide or a high-density screen. A picture too big for the
 * browser's largest canvas is drawn smaller, and the caller is told the scale it got.
 */

/**
 * Chromium's and Firefox's largest canvas side, and an area well under their largest (about 268 million
 * pixels), as the canvas takes four bytes a pixel while it is drawn: a picture bigger than that is a
 * big map, which the SVG holds whole and sharp.
 */
const MAX_SIDE = 16_384;
const MAX_PIXELS = 48_000_000;

export interface PngPicture {
  blob: Blob;
  /** Pixels per unit of the SVG: 2 unless the picture had to be drawn smaller. */
  scale: number;
}

export function pngScale(width: number, height: number, wanted = 2): number {
  return Math.min(wanted, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_PIXELS / (width * height)));
}

export async function pngOfSvg(svg: string, width: number, height: number): Promise<PngPicture> {
  const scale = pngScale(width, height);
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.max(1, Math.floor(width * scale));
    canvas.height = Math.max(1, Math.floor(height * scale));
    const context = canvas.getContext("2d");
    if (!context) throw new Error("this browser cannot draw pictures");
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    if (!blob) throw new Error("the picture is too big for this browser to draw");
    return { blob, scale };
  } finally {
    URL.revokeObjectURL(url);
  }
}
