import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PathGroup } from '../../../../core/api';
import type { AlignmentPath } from '../../hooks/use-alignment-path';

const SIZE = 160;

/** Red (0) through amber to green (1): low confidence is where a human should look. */
function colour(confidence: number): string {
  return `hsl(${Math.round(Math.max(0, Math.min(1, confidence)) * 120)}, 75%, 42%)`;
}

type Point = { x: number; y: number };

function scaler(path: AlignmentPath) {
  const groups = path.groups.length;
  // MT-only documents have no source axis: spread the rows along it instead.
  const noSource = path.sourceCount === 0;
  const sx = SIZE / Math.max(1, noSource ? groups : path.sourceCount);
  const sy = SIZE / Math.max(1, path.targetCount || groups);
  const at = (g: PathGroup, i: number, end: boolean): Point => ({
    x: (noSource ? i + (end ? 1 : 0) : end ? g.s1 : g.s0) * sx,
    y: (path.targetCount === 0 ? i + (end ? 1 : 0) : end ? g.t1 : g.t0) * sy,
  });
  return at;
}

type Props = { path: AlignmentPath | null; activeIndex: number; onJump: (index: number) => void };

/** The alignment path over source × target paragraph index, coloured by confidence; click to jump. */
export function Minimap({ path, activeIndex, onJump }: Props) {
  const { t } = useTranslation();
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || !path) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = SIZE * ratio;
    canvas.height = SIZE * ratio;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, SIZE, SIZE);
    const at = scaler(path);
    ctx.lineWidth = 2;
    ctx.lineCap = 'round';
    path.groups.forEach((g, i) => {
      const a = at(g, i, false);
      const b = at(g, i, true);
      ctx.strokeStyle = colour(g.confidence);
      ctx.beginPath();
      ctx.moveTo(a.x, a.y);
      ctx.lineTo(b.x + 0.5, b.y + 0.5);
      ctx.stroke();
    });
    const active = path.groups[activeIndex];
    if (active) {
      const p = at(active, activeIndex, false);
      ctx.strokeStyle = getComputedStyle(canvas).color;
      ctx.lineWidth = 1.5;
      ctx.strokeRect(p.x - 4, p.y - 4, 8, 8);
    }
  }, [path, activeIndex]);

  const onClick = (event: MouseEvent<HTMLCanvasElement>) => {
    if (!path || path.groups.length === 0) return;
    const rect = event.currentTarget.getBoundingClientRect();
    const x = ((event.clientX - rect.left) / rect.width) * SIZE;
    const y = ((event.clientY - rect.top) / rect.height) * SIZE;
    const at = scaler(path);
    let best = 0;
    let bestDistance = Infinity;
    path.groups.forEach((g, i) => {
      const a = at(g, i, false);
      const b = at(g, i, true);
      const d = Math.hypot((a.x + b.x) / 2 - x, (a.y + b.y) / 2 - y);
      if (d < bestDistance) {
        bestDistance = d;
        best = i;
      }
    });
    onJump(best);
  };

  return (
    <figure className="minimap" data-testid="minimap">
      <canvas
        ref={canvasRef}
        role="img"
        aria-label={t('grid.minimap.label', {
          groups: path?.groups.length ?? 0,
          source: path?.sourceCount ?? 0,
          target: path?.targetCount ?? 0,
        })}
        style={{ width: SIZE, height: SIZE }}
        onClick={onClick}
        data-testid="minimap-canvas"
      />
      <figcaption>{t('grid.minimap.caption')}</figcaption>
    </figure>
  );
}
