// Held-out scenes as the widgets and figures show them: drawn from their seeds once per page.
import { datasetScene, type Scene } from '../../world/scenes';

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
