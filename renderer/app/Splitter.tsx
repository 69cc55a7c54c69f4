import { useCallback, type KeyboardEvent, type PointerEvent } from 'react';
import { i18n } from '../i18n';
import { paneLimits, useUi } from '../state/store';

interface SplitterProps {
  label: string;
  /** The id of the pane it resizes. */
  controls: string;
  width: number;
  min: number;
  max: number;
  className?: string;
  onResize: (width: number) => void;
}

const step = 16;
const bigStep = 64;

/**
 * A divider that sets the width of the pane on its left: dragged, or with the arrow keys (Shift for bigger steps,
 * Home and End for the narrowest and widest), as the WAI-ARIA window splitter pattern has it.
 */
export function Splitter({ label, controls, width, min, max, className, onResize }: SplitterProps) {
  const onPointerDown = useCallback(
    (event: PointerEvent<HTMLDivElement>) => {
      const startX = event.clientX;
      const startWidth = width;
      const target = event.currentTarget;
      target.setPointerCapture(event.pointerId);
      const move = (moveEvent: globalThis.PointerEvent) => onResize(startWidth + moveEvent.clientX - startX);
      const up = () => {
        target.removeEventListener('pointermove', move);
        target.removeEventListener('pointerup', up);
      };
      target.addEventListener('pointermove', move);
      target.addEventListener('pointerup', up);
    },
    [width, onResize],
  );
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const by = event.shiftKey ? bigStep : step;
    const next = { ArrowLeft: width - by, ArrowRight: width + by, Home: min, End: max }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    onResize(next);
  };
  return (
    <div
      className={className ? `splitter ${className}` : 'splitter'}
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-controls={controls}
      aria-valuenow={width}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuetext={i18n.t('layout.widthValue', { width })}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  );
}

/** The divider after one of the window's panes, its width and limits as the store keeps them. */
export function PaneSplitter({ pane, label, controls, className }: { pane: 'sourcesWidth' | 'listWidth'; label: string; controls: string; className: string }) {
  const width = useUi((state) => state[pane]);
  const resize = useUi((state) => state.resize);
  const [min, max] = paneLimits[pane];
  return <Splitter className={className} label={label} controls={controls} width={width} min={min} max={max} onResize={(next) => resize(pane, next)} />;
}
