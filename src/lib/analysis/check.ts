// Checks atlas JSON read from disk against the Atlas type once, with a message that says what is missing.
import type { Atlas } from './atlas';

const REQUIRED: [string, string][] = [
	['model', 'string'],
	['heldoutAccuracy', 'number'],
	['curves.units', 'array'],
	['curves.largestGap', 'number'],
	['earlyCurves.units', 'array'],
	['curveCircuit.edges', 'array'],
	['curveCircuit.expectedSignFraction', 'number'],
	['echoes.rise', 'number'],
	['highLow.units', 'array'],
	['heads.left.leftRightRatio', 'number'],
	['heads.right.leftRightRatio', 'number'],
	['heads.union.leftRightRatio', 'number'],
	['heads.inhibitoryEdges', 'array'],
	['polysemantic.classes', 'array']
];

export function checkAtlas(json: unknown): Atlas {
	for (const [path, type] of REQUIRED) {
		const value = path.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), json);
		const ok = type === 'array' ? Array.isArray(value) : typeof value === type;
		if (!ok) throw new Error(`atlas.json: ${path} should be ${type === 'array' ? 'an array' : `a ${type}`}; run npm run analyze to rebuild it`);
	}
	return json as Atlas;
}
