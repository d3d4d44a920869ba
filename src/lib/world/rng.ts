// A small seeded random source (mulberry32): the same seed draws the same world in Node and the browser.

export class Rng {
	#state: number;

	constructor(seed: number) {
		this.#state = seed >>> 0 || 0x9e3779b9;
	}

	/** Uniform in [0, 1). */
	next(): number {
		let t = (this.#state = (this.#state + 0x6d2b79f5) >>> 0);
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	uniform(min: number, max: number): number {
		return min + (max - min) * this.next();
	}

	int(min: number, maxExclusive: number): number {
		return Math.floor(this.uniform(min, maxExclusive));
	}

	chance(p: number): boolean {
		return this.next() < p;
	}

	pick<T>(items: readonly T[]): T {
		return items[this.int(0, items.length)];
	}

	normal(mean = 0, sd = 1): number {
		const u = 1 - this.next();
		const v = this.next();
		return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}

	/** A fresh integer seed for a sub-generator. */
	seed(): number {
		return Math.floor(this.next() * 4294967296);
	}
}
