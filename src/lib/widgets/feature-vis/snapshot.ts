// The feature-visualization widget's picture before its network runs: there is none to draw (a run is
// the reader's to start), only what the unit's best held-out scene reached.
export interface FeatureVisSnapshot {
	unit: string;
	bestExample: number | null;
}
