/** English strings of the detection lab's sliding-windows mode. */
export const windowsEn = {
  'windows.title': 'Sliding windows',
  'windows.explain':
    'Train a classifier on closely cropped pictures, then slide windows of several sizes over the picture with a stride s and classify each crop. The naive way runs the network once per window; the convolutional way runs it once over the whole picture and turns the dense head into convolutions, so the windows share computation.',
  'windows.noHead':
    'There is no trained head yet. The course’s recipe: (1) in the Transfer lab, record two classes, the object (closely cropped: fill the picture with it) and background (the scene without it); (2) train the head; (3) come back here and scan.',
  'windows.openTransfer': 'Open the Transfer lab (one minute: two classes, object and background)',
  'windows.reloadHead': 'Reload the trained head',
  'windows.head': 'Head: {classes} (trained {when})',
  'windows.sizes': 'Window sizes f (px)',
  'windows.stride': 'Stride s (px, naive scan)',
  'windows.background': 'Background class (never a box)',
  'windows.none': 'none',
  'windows.scoreThreshold': 'Score threshold ŷ >',
  'windows.iouThreshold': 'IoU threshold (non-max suppression)',
  'windows.liveToggle': 'Live: the convolutional scan on every frame',
  'windows.live': 'Windows: {n} · network runs: {runs} · boxes after NMS: {boxes}',
  'windows.scan': 'Freeze the frame and scan both ways',
  'windows.scanningNaive': 'Naive scan: {done} / {total} windows…',
  'windows.scanningConv': 'Convolutional scan…',
  'windows.needPicture': 'Start the camera or open a picture first.',
  'windows.heatClass': 'Heat map of class',
  'windows.heatSize': 'Window size shown',
  'windows.show': 'Overlay',
  'windows.showNaive': 'naive',
  'windows.showConvolutional': 'convolutional',
  'windows.speed': 'Replay speed: {n} windows/s',
  'windows.skip': 'Show all',
  'windows.replay': 'Replay',
  'windows.mode': 'mode',
  'windows.count': 'windows',
  'windows.runs': 'network runs',
  'windows.ms': 'ms',
  'windows.msEach': 'ms per window',
  'windows.boxes': 'boxes after NMS',
  'windows.best': 'best box (px), ŷ',
  'windows.speedUp': 'Speed-up: the convolutional scan is {x}x faster.',
  'windows.formula':
    'Naive windows per size: (floor((W - f) / s) + 1) x (floor((H - f) / s) + 1). Convolutional: the frame is scaled by 224 / f, so a window is 7 x 7 cells of the 32-pixel stride map; avgPool(7, stride 1) then a 1x1 convolution with W reshaped to [1, 1, d, k]: (W_n / 32 - 7 + 1) x (H_n / 32 - 7 + 1) windows, f / 7 px apart.',
  'windows.whyDiffer':
    'Why the scores still differ a little on the same window: a crop is padded with zeros at its edges, while the whole-picture run sees the real neighbours; and the frame is resized once instead of crop by crop.',
  'windows.aligned':
    'Aligned: the naive stride s = {stride} px equals the network’s stride f / 7 = {step} px, so both scan the same windows.',
  'windows.notAligned':
    'Not aligned: the convolutional windows sit where the network’s stride puts them, every f / 7 = {step} px, but the naive stride is s = {stride} px; only a stride that is a multiple of f / 7 gives the same windows (here they differ in number and place).',
  'windows.tapHint':
    'Tap the picture to look at one output cell: its window, how it maps back to the picture, and ŷ both ways.',
  'windows.cellConv':
    'Convolutional output cell (r, c) = ({row}, {col}) pools coarse feature cells c..c+6 = {col}..{colEnd} and r..r+6 = {row}..{rowEnd}. The frame was scaled by 224 / f ≈ {scale}, so its window is x = c · 32 / {scale} = {x1} … (c + 7) · 32 / {scale} = {x2}, y = {y1} … {y2} px.',
  'windows.cellNaive':
    'Nearest naive window (row {row}, column {col}): x = {x1} … {x2}, y = {y1} … {y2} px.',
  'windows.cellMap':
    'Cell (r, c) of the output grid pools feature cells c..c+6: the window x = c · 32 / scale … (c + 7) · 32 / scale in the picture.',
  'windows.speedName': 'Replay speed',
} as const;
