import type { FrameRead, OpenedFrame, ReadOptions } from './read_options';
import { readTransform } from './read_transform';
import type { Drawable, ScratchCanvas } from './scratch_canvas';

/**
 * A frame the browser draws: each read draws the picture through its transform on the reader's
 * small canvas (the browser's own bilinear resampling) and reads only those pixels.
 */
export class CanvasFrame implements OpenedFrame {
  constructor(
    private readonly image: Drawable,
    readonly width: number,
    readonly height: number,
    private readonly canvas: ScratchCanvas,
  ) {}

  read(options: ReadOptions): FrameRead {
    const transform = readTransform(this, options);
    const { width, height } = options.outputSize;
    const tensor = this.canvas.draw(
      this.image,
      this.width,
      this.height,
      transform.fromFrame,
      width,
      height,
    );
    return { tensor, transform };
  }

  dispose(): void {
    // Nothing held: each read makes a tensor the caller owns.
  }
}
