// One uPlot chart (a maintained canvas chart library, docs/decisions) in a React tree: made
// when its data changes, destroyed with the component. uPlot styles its elements through
// the DOM (element.style), which the window's style-src 'self' allows; its stylesheet is
// bundled with the window's own.
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

interface Props {
  label: string;
  options: Omit<uPlot.Options, 'width' | 'height'>;
  data: uPlot.AlignedData;
  height?: number;
}

/** The width charts take when their container has none yet (hidden, or not laid out). */
const FALLBACK_WIDTH = 800;

export function UPlotChart({ label, options, data, height = 260 }: Props) {
  const place = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = place.current;
    if (!element) return;
    const chart = new uPlot({ ...options, width: element.clientWidth || FALLBACK_WIDTH, height }, data, element);
    // The chart follows the width of its card (a window resized, a sidebar folded).
    const resize = new ResizeObserver(() => {
      if (element.clientWidth > 0) chart.setSize({ width: element.clientWidth, height });
    });
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [options, data, height]);
  return <div className="chart" role="img" aria-label={label} ref={place} />;
}
