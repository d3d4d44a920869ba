// Every widget of the site, listed one by one. The embed routes, the custom elements, the /embed/ docs and
// the build-time snapshots loop over this list; a new widget's folder is added here (and a unit test fails
// while a folder with an index.ts is missing from it).
import { entry, type WidgetEntry } from './kit/entry';
import { widget as curveDetectors } from './curve-detectors';
import { widget as curveFamily } from './curve-family';
import { widget as dogCircuit } from './dog-circuit';
import { widget as featureVis } from './feature-vis';
import { widget as highLow } from './high-low';
import { widget as polysemanticityPenalty } from './polysemanticity-penalty';
import { widget as superposition } from './superposition';
import { widget as superpositionPhase } from './superposition-phase';

export const WIDGETS: WidgetEntry[] = [
	entry(curveDetectors),
	entry(curveFamily),
	entry(dogCircuit),
	entry(featureVis),
	entry(highLow),
	entry(polysemanticityPenalty),
	entry(superposition),
	entry(superpositionPhase)
];

export const widgetBySlug = (slug: string) => WIDGETS.find((w) => w.spec.slug === slug);
