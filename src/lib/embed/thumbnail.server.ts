// Each widget's thumbnail (/embed/<widget>/thumbnail.png), for oEmbed and link cards: the widget's own
// picture in its default state, centred on a card at the largest whole zoom that fits.
import { blankPicture, pastePicture, type Picture } from '../world/canvas.server';
import { encodePng } from '../world/png.server';

export const THUMBNAIL = { width: 480, height: 270 };
const MARGIN = 15;
const CARD: [number, number, number] = [0.965, 0.957, 0.937];

export function thumbnailPicture(art: Picture | null): Picture {
	const card = blankPicture(THUMBNAIL.width, THUMBNAIL.height, CARD);
	if (!art) return card;
	const zoom = Math.max(
		1,
		Math.floor(Math.min((THUMBNAIL.width - 2 * MARGIN) / art.width, (THUMBNAIL.height - 2 * MARGIN) / art.height))
	);
	const x = Math.round((THUMBNAIL.width - art.width * zoom) / 2);
	const y = Math.round((THUMBNAIL.height - art.height * zoom) / 2);
	pastePicture(card, art, x, y, zoom);
	return card;
}

export const thumbnailPng = (art: Picture | null): Buffer =>
	encodePng(thumbnailPicture(art).rgb, THUMBNAIL.width, THUMBNAIL.height);
