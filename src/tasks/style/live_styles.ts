/**
 * The styles of the live mode: one trained network each (public/styles/<id>.json + .bin, made by
 * `npm run train:style`), with the picture it learnt from and where that picture came from.
 * Only "The Starry Night" is a painting; Debian ships no other public-domain painting we found, so
 * the other two are a photo of a graffiti mural and a stained microscope slide, said as such.
 */
export interface LiveStyle {
  id: string;
  /** The style image S, in public/styles/. */
  image: string;
  /** i18n key of its title. */
  titleKey: 'style.live.starry_night' | 'style.live.graffiti' | 'style.live.ihc_stain';
  /** Where S comes from (a Debian package and path). */
  source: string;
}

export const liveStyles: readonly LiveStyle[] = [
  {
    id: 'starry_night',
    image: './styles/starry_night.jpg',
    titleKey: 'style.live.starry_night',
    source: 'opencv-doc 4.6.0+dfsg-12: examples/data/starry_night.jpg',
  },
  {
    id: 'graffiti',
    image: './styles/graffiti.jpg',
    titleKey: 'style.live.graffiti',
    source: 'opencv-doc 4.6.0+dfsg-12: examples/data/graf1.png',
  },
  {
    id: 'ihc_stain',
    image: './styles/ihc_stain.jpg',
    titleKey: 'style.live.ihc_stain',
    source: 'python3-skimage 0.19.3-8: skimage/data/ihc.png',
  },
];
