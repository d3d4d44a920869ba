// What the curve parts draw of a unit: its name and the angle it prefers (which colours it).
import { formatAngle } from '../../config';
import { CURVE_ORIENTATIONS } from '../../model/handset';

export interface TunedUnit {
	/** how the unit is named, e.g. "mixed3b:12" or "curve 45°" */
	label: string;
	/** its preferred angle, degrees */
	angle: number;
}

/** The unit responding most, or null when none responds. */
export function leader(activations: number[]): number | null {
	const best = Math.max(...activations);
	return best > 0 ? activations.indexOf(best) : null;
}

/** The eight hand-set detectors, named by the orientation each was built for. */
export const HANDSET_UNITS: TunedUnit[] = CURVE_ORIENTATIONS.map((angle) => ({
	label: `curve ${formatAngle(angle)}`,
	angle
}));
