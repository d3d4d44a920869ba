// Every widget of the site: each folder here with an index.ts is one. The embed routes, the custom
// elements, the /embed/ docs and the build-time snapshots loop over this list, so adding a widget is
// adding its folder.
import type { WidgetEntry } from './kit/entry';

const modules = import.meta.glob<{ widget: WidgetEntry }>('./*/index.ts', { eager: true });

export const WIDGETS: WidgetEntry[] = Object.values(modules).map((m) => m.widget);

export const widgetBySlug = (slug: string) => WIDGETS.find((w) => w.spec.slug === slug);
