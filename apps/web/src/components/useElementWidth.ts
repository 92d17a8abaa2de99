import { useEffect, useRef, useState } from 'react';

/** A ref for an element and its width, followed as it changes (0 until it is first laid out). */
export function useElementWidth<E extends HTMLElement = HTMLDivElement>() {
  const ref = useRef<E>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry?.contentRect.width ?? 0));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

/**
 * The width of a horizontal chart's category labels: at most `widest` pixels and 35 % of the chart, so
 * that on a phone the bars keep most of it (Recharts wraps a label to its width); `widest` until measured.
 */
export function categoryAxisWidth(chartWidth: number, widest = 200): number {
  return chartWidth ? Math.round(Math.min(widest, Math.max(72, chartWidth * 0.35))) : widest;
}
