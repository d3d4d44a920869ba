// Held-out scenes as the widgets and figures show them: drawn from their seeds once per page.
import { datasetScene, type Scene } from '../../world/scenes';
import type { ClassName } from '../../world/classes';

/** A held-out scene as the engine drew it from its seed, with one unit's map over it. */
export interface MappedScene {
	image: Float32Array;
	className: ClassName;
	map: number[][];
}

const scenes = new Map<string, Scene>();

/** A held-out scene, drawn once per page however often it is shown (the oldest forgotten past 200). */
export function sceneOf(split: number, index: number): Scene {
	const key = `${split}/${index}`;
	let scene = scenes.get(key);
	if (!scene) {
		scene = datasetScene(split, index);
		scenes.set(key, scene);
		if (scenes.size > 200) scenes.delete(scenes.keys().next().value!);
	}
	return scene;
}
