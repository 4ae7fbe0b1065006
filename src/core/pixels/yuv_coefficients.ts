/** R = y + rv v, G = y - gu u - gv v, B = y + bu u, with y already scaled to 0-255. */
export interface YuvCoefficients {
  yScale: number;
  yOffset: number;
  rv: number;
  gu: number;
  gv: number;
  bu: number;
}

/** Kr/Kb of each matrix; video range scales luma by 255/219 and chroma by 255/224. */
export function yuvCoefficients(matrix: 'bt601' | 'bt709', fullRange: boolean): YuvCoefficients {
  const [kr, kb] = matrix === 'bt709' ? [0.2126, 0.0722] : [0.299, 0.114];
  const kg = 1 - kr - kb;
  const c = fullRange ? 1 : 255 / 224;
  return {
    yScale: fullRange ? 1 : 255 / 219,
    yOffset: fullRange ? 0 : 16,
    rv: 2 * (1 - kr) * c,
    gu: ((2 * kb * (1 - kb)) / kg) * c,
    gv: ((2 * kr * (1 - kr)) / kg) * c,
    bu: 2 * (1 - kb) * c,
  };
}
