// The task contract lives with the lab runtime that drives it (src/lab/); labs import it here.
export type { PixelFrame, PixelSource } from '../core/pixels/pixel_frame';
export type { LabTask, Timed } from '../lab/lab_task';
