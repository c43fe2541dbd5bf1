/** The layout worker's work, as a function of its request, so that it is tested without a worker. */

import { layoutMap } from "./layout-map";
import type { LayoutAnswer, LayoutRequest } from "./layout-messages";

export function answerLayoutRequest(request: LayoutRequest): [LayoutAnswer, Transferable[]] {
  try {
    const { count, childStart, children, style, ticket } = request;
    // Stand-ins for the page's ids, which a layout reads only to key the places it gives.
    const ids = Array.from({ length: count }, (_, i) => String(i));
    // Maps big enough for the worker are past dagre's limit: the tree and wrapped layouts need no code loaded.
    const positions = layoutMap({ ids, childStart, children }, style, null);
    const x = new Float64Array(count);
    const y = new Float64Array(count);
    ids.forEach((id, i) => {
      const at = positions.get(id);
      x[i] = at?.x ?? 0;
      y[i] = at?.y ?? 0;
    });
    return [{ ticket, x, y }, [x.buffer, y.buffer]];
  } catch (error) {
    return [{ ticket: request.ticket, error: error instanceof Error ? error.message : String(error) }, []];
  }
}
