/**
 * Code-splitting for views the first paint does not need (SPEC §8: the side panel paints with ≤ 60 KB
 * of JavaScript): the module loads on first use, a placeholder shows meanwhile.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from './i18n';

export function lazy<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  return function Lazy(props: P) {
    const [Comp, setComp] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Comp) return;
      pending ??= load().then((c) => (loaded = c));
      pending.then((c) => setComp(() => c)).catch(() => setFailed(true));
    }, []);
    if (failed) return <div class="notice error">{t('errorGeneric', 'load')}</div>;
    return Comp ? <Comp {...props} /> : <div class="loading">{t('loading')}</div>;
  };
}
