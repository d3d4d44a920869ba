// The world's classes, and how the article names one scene of each.

export const CLASSES = ['dog', 'cat', 'chimera', 'car', 'ball', 'polygon', 'rings', 'stars', 'corners'] as const;
export type ClassName = (typeof CLASSES)[number];

/** One scene of the class, as a sentence says it: "8 show a dog". */
const SCENE_NOUNS: Record<ClassName, string> = {
	dog: 'a dog',
	cat: 'a cat',
	chimera: 'a chimera',
	car: 'a car',
	ball: 'a ball',
	polygon: 'a polygon',
	rings: 'a broken ring',
	stars: 'a star of arcs',
	corners: 'bent sticks'
};

/**
 * Kinds of thing: classes of one kind share parts or make (three kinds of head; three kinds of
 * stroke), so a unit that answers several of them is not mixing unrelated things.
 */
export const CLASS_KINDS: Record<ClassName, string> = {
	dog: 'head',
	cat: 'head',
	chimera: 'head',
	car: 'vehicle',
	ball: 'ball',
	polygon: 'flat shape',
	rings: 'strokes',
	stars: 'strokes',
	corners: 'strokes'
};

/** How a sentence names one scene of `name`; a class this world does not know is named as it is. */
export const sceneNoun = (name: string): string => (name in SCENE_NOUNS ? SCENE_NOUNS[name as ClassName] : name);
