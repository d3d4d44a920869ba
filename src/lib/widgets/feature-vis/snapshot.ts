// The feature-visualization widget's picture before its network runs: the unit's picture as grown when
// the site was built (for the units the gallery holds), and what the unit's best held-out scene reached.
import type { BuiltPicture } from '../../model/featurevis';

export interface FeatureVisSnapshot {
	unit: string;
	bestExample: number | null;
	picture: BuiltPicture | null;
	/** the same unit's picture drawn as one stroke, where the gallery holds one */
	stroke: BuiltPicture | null;
}
