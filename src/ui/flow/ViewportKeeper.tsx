import { useReactFlow, useStore } from '@xyflow/react';
import { useEffect, useMemo } from 'react';
import { playbackView } from './playback';
import type { LaidOutGraph } from './types';

/** Below this zoom the 13-px text is unreadable; taller graphs scroll (wheel pans) instead. */
const MIN_READABLE_ZOOM = 0.65;
const PAD = 24;

/**
 * Fits the view when the graph's shape changes (a new request, or phases added or removed), not
 * on every edit, so people keep their pan and zoom while typing. A graph too tall to fit at a
 * readable zoom is shown from the top, full width. During playback it keeps the current node
 * in view, and with `showEnd` the last node (the decision) once it has finished.
 */
export function ViewportKeeper({
  graph,
  position,
  reducedMotion,
  showEnd = false,
}: {
  graph: LaidOutGraph;
  position: number;
  reducedMotion: boolean;
  showEnd?: boolean;
}) {
  const { setViewport, setCenter, getViewport } = useReactFlow();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const shape = useMemo(
    () => `${graph.request}|${graph.nodes.map((n) => `${n.id}:${n.height}`).join(',')}`,
    [graph],
  );
  const gw = graph.width;
  const gh = graph.height;
  const duration = reducedMotion ? 0 : 250;

  useEffect(() => {
    if (!width || !height || !gw || !gh) return;
    const fit = Math.min((width - 2 * PAD) / gw, (height - 2 * PAD) / gh);
    const zoom =
      fit >= MIN_READABLE_ZOOM
        ? Math.min(fit, 1)
        : Math.max(MIN_READABLE_ZOOM, Math.min(1, (width - 2 * PAD) / gw));
    const x = Math.max(PAD, (width - gw * zoom) / 2);
    const y = gh * zoom <= height - 2 * PAD ? (height - gh * zoom) / 2 : PAD;
    void setViewport({ x, y, zoom }, { duration });
    // `shape` stands for the graph's structure: a re-evaluation with the same shape keeps the view.
  }, [shape, width, height, gw, gh, setViewport, duration]);

  const current = useMemo(() => {
    const v = playbackView(graph, position);
    if (v.finished)
      return showEnd
        ? (graph.nodes.find((n) => n.type === 'decision') ?? graph.nodes.at(-1) ?? null)
        : null;
    return graph.nodes.find((n) => n.id === v.currentNode) ?? null;
  }, [graph, position, showEnd]);

  useEffect(() => {
    if (!current || !width || !height) return;
    const { x, y, zoom } = getViewport();
    const left = current.x * zoom + x;
    const top = current.y * zoom + y;
    const inside =
      left >= 0 &&
      top >= 0 &&
      left + current.width * zoom <= width &&
      top + Math.min(current.height, height / zoom) * zoom <= height;
    if (!inside)
      void setCenter(
        current.x + current.width / 2,
        current.y + Math.min(current.height, height / zoom) / 2,
        {
          zoom,
          duration,
        },
      );
  }, [current, width, height, getViewport, setCenter, duration]);
  return null;
}
