/**
 * The styles of the live mode: one trained network each (public/styles/<id>.json + .bin, made by
 * `npm run train:style`), with the picture it learnt from and where that picture came from.
 * Three are public-domain paintings: "The Starry Night" (opencv-doc), and Hokusai's "The Great Wave"
 * and Kandinsky's "Composition VIII" (gcompris-qt-data's paintings puzzle, rebuilt by
 * scripts/paintings/extract_gcompris_paintings.py); the last two are photos, of a graffiti mural
 * and of a stained microscope slide, said as such (models/styles/README.md).
 */
export interface LiveStyle {
  id: string;
  /** The style image S, in public/styles/. */
  image: string;
  /** i18n key of its title. */
  titleKey:
    | 'style.live.starry_night'
    | 'style.live.great_wave'
    | 'style.live.composition_viii'
    | 'style.live.graffiti'
    | 'style.live.ihc_stain';
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
    id: 'great_wave',
    image: './styles/great_wave.jpg',
    titleKey: 'style.live.great_wave',
    source:
      'gcompris-qt-data 3.1-2: rcc/paintings.rcc, GreatWave_*.webp (puzzle pieces, rebuilt; scan GPL-3+, WebMuseum)',
  },
  {
    id: 'composition_viii',
    image: './styles/composition_viii.jpg',
    titleKey: 'style.live.composition_viii',
    source:
      'gcompris-qt-data 3.1-2: rcc/paintings.rcc, kandinky_*.webp (puzzle pieces, rebuilt; scan GPL-3+, WebMuseum)',
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
