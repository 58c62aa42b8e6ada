/**
 * When the user clicks a finding, the step shows the field it is about: the element whose data-pointer is the
 * longest match of the finding's file and path is scrolled into view, focused and briefly highlighted.
 */
import { useEffect, type RefObject } from 'react';
import { useStudio } from '../store';

export function useFocusTarget(container: RefObject<HTMLElement | null>): void {
  const target = useStudio((s) => s.focusTarget);
  useEffect(() => {
    if (!target || !container.current) return;
    const wanted = `${target.file}#${target.path}`;
    let best: HTMLElement | null = null;
    let bestLength = -1;
    for (const element of container.current.querySelectorAll<HTMLElement>('[data-pointer]')) {
      const pointer = element.dataset.pointer ?? '';
      const matches = wanted === pointer || wanted.startsWith(pointer + '/') || pointer.startsWith(wanted + '/');
      if (matches && pointer.length > bestLength) {
        best = element;
        bestLength = pointer.length;
      }
    }
    if (!best) return;
    best.scrollIntoView({ block: 'center', behavior: 'smooth' });
    best.querySelector<HTMLElement>('input, textarea, select, button')?.focus({ preventScroll: true });
    best.classList.remove('flash');
    void best.offsetWidth; // restart the highlight animation
    best.classList.add('flash');
  }, [target, container]);
}
