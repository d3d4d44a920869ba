// Which unit of a trained family a widget shows in detail: the one the reader pinned (by its number), else
// the unit leading the answer once it has led for a moment, so that what hangs on it (weights, scenes) is
// not redrawn at every step of a drag. A pinned number the family lacks is reported, and the leader shown.
import { leader, type TunedUnit } from './units';
import { settled } from './settled.svelte';

interface Family<U> {
	layer: string;
	units: readonly U[];
}

export function familyFocus<U extends { unit: number; preferredAngle: number }>(
	family: () => Family<U> | null,
	pinnedUnit: () => number | null,
	activations: () => number[]
) {
	const units: TunedUnit[] = $derived.by(() => {
		const f = family();
		return (f?.units ?? []).map((u) => ({ label: `${f!.layer}:${u.unit}`, angle: u.preferredAngle }));
	});
	const lead = $derived(leader(activations()));
	const pinned = $derived.by(() => {
		const unit = pinnedUnit();
		return unit === null ? -1 : (family()?.units.findIndex((u) => u.unit === unit) ?? -1);
	});
	const settledLead = settled(() => lead);
	const shownIndex = $derived(pinned >= 0 ? pinned : (settledLead.current ?? 0));
	return {
		/** each unit's name and preferred angle, as the curve parts draw them */
		get units() {
			return units;
		},
		get names() {
			return units.map((u) => u.label);
		},
		/** the unit answering most now, or null */
		get lead() {
			return lead;
		},
		/** whether the reader pinned a unit the family does not have */
		get unknownUnit() {
			return family() !== null && pinnedUnit() !== null && pinned < 0;
		},
		get shownIndex() {
			return shownIndex;
		},
		get shownUnit(): U | null {
			return family()?.units[shownIndex] ?? null;
		}
	};
}
