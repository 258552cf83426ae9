/** A chart drawn once at a fixed width, for the printed report (the page's charts follow their box). */
import { useLayoutEffect, useMemo, useRef } from 'react';

export function StaticChart<M>({ build, draw, width, testId }: { build: (width: number) => M; draw: (svg: SVGSVGElement, model: M) => void; width: number; testId?: string }) {
  const ref = useRef<SVGSVGElement>(null);
  const model = useMemo(() => build(width), [build, width]);
  useLayoutEffect(() => {
    if (ref.current) draw(ref.current, model);
  }, [draw, model]);
  return <figure className="report-chart" data-testid={testId}><svg ref={ref} /></figure>;
}
