/** English strings of the Networks lab (the course's case studies). */
export const networksEn = {
  'networks.title': 'Networks: the case studies, live',
  'networks.explain':
    "The course's classic networks, 1x1 convolutions, Inception and MobileNet's depthwise-separable convolutions, computed on the camera's picture. Cost is counted as in the course: multiplications, n_H' n_W' n_C' x f f n_C.",
  'networks.part': 'Live part',
  'networks.part.separable': 'Depthwise-separable, measured',
  'networks.part.inception': 'Inception module',
  'networks.volume':
    "The live volume: the centre of the picture at {n} x {n}, lifted to n_C = {c} channels by a fixed 1x1 convolution and ReLU (the course's example volume is 28 x 28 x 192).",
  'networks.size': 'n_H = n_W',
  'networks.waiting': 'Start the camera or open a photo to run it on the picture.',
  'networks.untrained':
    'These filters are random (the same every time), not trained weights: the shapes and costs are those of the real module, the maps are not learnt features.',
  'networks.separable.title': 'Depthwise-separable convolution (MobileNet)',
  'networks.separable.explain':
    "A normal convolution: n_C' filters of f x f x n_C. Depthwise-separable: one f x f filter per input channel (depthwise), then n_C' filters of 1 x 1 x n_C (pointwise). Same output shape, far fewer multiplications.",
  'networks.separable.f': 'Filter f',
  'networks.separable.filters': "Filters n_C'",
  'networks.separable.shape': '{h} x {w} x {c} -> {h} x {w} x {out}, f = {f}, same',
  'networks.separable.normal': 'Normal: {count} multiplies',
  'networks.separable.depthwise': 'Depthwise {dw} + pointwise {pw} = {count} multiplies',
  'networks.separable.ratio':
    "Ratio {ratio} = 1/n_C' + 1/f² = 1/{out} + 1/{f2}, about {fewer}x fewer",
  'networks.separable.measured':
    'Measured on this device ({backend}): normal {normal} ms, separable {separable} ms, {speedup}x faster (median of {samples} frames)',
  'networks.separable.why':
    'The measured speed-up is smaller than the count says: a depthwise convolution does little work per value read, so memory, not multiplication, limits it.',
  'networks.separable.course':
    'Course: 6 x 6 x 3, f = 3, 5 filters -> 4 x 4 x 5: 2160 against 432 + 240 = 672 (ratio 0.31)',
  'networks.inception.title': 'Inception module',
  'networks.inception.explain':
    'In parallel: a 1x1, a 1x1 then 3x3, a 1x1 then 5x5 (all "same") and a 3x3 max pool with stride 1 then 1x1; the outputs are stacked along the channels.',
  'networks.inception.output': 'Output {h} x {w} x {c} = {a} + {b} + {d} + {e} channels',
  'networks.inception.without': 'Without the 1x1 bottlenecks: {count} multiplies',
  'networks.inception.with': 'With them (96 before the 3x3, 16 before the 5x5): {count} multiplies',
  'networks.inception.rows': 'Rows: 1x1, 3x3, 5x5 and pool branches, their first four channels',
  'networks.oneByOne.title': '1x1 convolution as a bottleneck',
  'networks.oneByOne.explain':
    "A 1x1 filter is a dot product along the channels at each pixel: n_C' of them turn n_H x n_W x n_C into n_H x n_W x n_C'.",
  'networks.oneByOne.direct': '28 x 28 x 192 -> 5x5 same, 32 filters: {count} multiplies',
  'networks.oneByOne.bottleneck':
    '1x1 to 16 channels first: {reduce} + {conv} = {count} multiplies ({fewer}x fewer)',
  'networks.tables.title': 'Classic networks: shapes and parameters',
  'networks.tables.network': 'Network',
  'networks.tables.lenet5': 'LeNet-5',
  'networks.tables.alexnet': 'AlexNet',
  'networks.tables.vgg16': 'VGG-16',
  'networks.tables.tinyYolo': 'Tiny YOLOv2 (this app, 416 x 416)',
  'networks.tables.face68': '68-point landmarks (this app)',
  'networks.tables.layer': 'Layer',
  'networks.tables.op': 'f, s, p',
  'networks.tables.shape': 'Output',
  'networks.tables.parameters': 'Parameters',
  'networks.tables.input': 'input',
  'networks.tables.total': 'Total: {count} parameters',
  'networks.tables.course': 'the course says about {count}',
  'networks.tables.fromWeights': 'read from the weight file: {count} weights',
  'networks.tables.loading': 'Reading the weight files…',
  'networks.summaryNone': 'No picture yet.',
  'networks.summary.separable':
    'Normal convolution {normal} ms, depthwise-separable {separable} ms: {speedup} times faster; the count says {fewer} times fewer multiplies.',
  'networks.summary.inception': 'Inception module output {h} by {w} by {c}.',
  'networks.part.residual': 'Residual block (face encoder)',
  'networks.residual.title': "Residual block, live: the face encoder's ResNet",
  'networks.residual.explain':
    "The Faces lab's encoder f(x) is a ResNet: 14 residual blocks, each a[l+2] = g(z[l+2] + a[l]), where z[l+2] comes from two convolutions and the skip connection carries a[l] around them. Cut a block's skip and it computes a[l+2] = g(z[l+2]): see what that does to f(x) and to the distance d between two faces.",
  'networks.residual.block': 'Show block',
  'networks.residual.cut': 'Cut the skip connection of',
  'networks.residual.down':
    '{name} (halves n_H, n_W; the skip is average-pooled and padded with zero channels)',
  'networks.residual.formula': 'a[l+2] = g(z[l+2] + a[l])',
  'networks.residual.formulaCut': 'a[l+2] = g(z[l+2]) (skip cut)',
  'networks.residual.a': 'a[l] {shape}',
  'networks.residual.z': 'z[l+2] {shape}',
  'networks.residual.out': 'a[l+2] {shape}',
  'networks.residual.noFace': 'No face in the picture: the encoder needs one.',
  'networks.residual.shift':
    "‖f(x) − f_cut(x)‖ = {shift}: how far the cuts move this face's encoding (τ = {tau})",
  'networks.residual.reference': 'Take this face as the reference',
  'networks.residual.noReference':
    'Take a reference face, then look at d for the same face (or another person) with and without the cuts.',
  'networks.residual.dIntact': 'Intact network: d = {d} → {verdict}',
  'networks.residual.dCut': 'With the cuts: d = {d} → {verdict}',
  'networks.residual.accept': 'same person (d ≤ τ = {tau})',
  'networks.residual.reject': 'different person (d > τ = {tau})',
  'networks.summary.residual':
    'Cutting moves the encoding by {shift}; d to the reference with the cuts: {d}.',
  'networks.part.oneByOne': '1x1 convolution (MobileNetV3)',
  'networks.part.units': 'What the units learn',
  'networks.oneByOne.live.title': 'A real 1x1 convolution: tap the picture',
  'networks.oneByOne.live.explain':
    "MobileNetV3's {layer} (inside the COCO detector), on the whole frame at 224 x 224: a 1x1 convolution from n_C = {nC} to n_C' = {nCPrime} channels. Tap the picture to choose the pixel; each output z_k there is the dot product of the {nC} numbers along the channels with filter k, plus b_k.",
  'networks.oneByOne.shape':
    '{h} x {w} x {nC} -> {h} x {w} x {nCPrime}: {count} multiplies ({h} {w} {nCPrime} x {nC})',
  'networks.oneByOne.cell': 'Pixel (row {row}, column {col}) of {h} x {w}; filter k',
  'networks.oneByOne.kAuto': 'the largest |z_k| here',
  'networks.oneByOne.terms': 'The largest terms x_i w_ik:',
  'networks.oneByOne.term': 'channel {i}: {x} x {w} = {product}',
  'networks.oneByOne.sum':
    'Σ over all {nC} channels = {sum}; + b_k ({b}) = z_k = {z}; the network gives {zGraph}',
  'networks.oneByOne.course':
    "As in the course, on this layer's input {h} x {w} x {nC}: a 5x5 same convolution with 32 filters costs {direct}; through this 1x1 to {nCPrime} channels first, {reduce} + {conv} = {total}.",
  'networks.units.title': 'What are deep ConvNets learning?',
  'networks.units.explain':
    'Pick a unit (a channel) in a shallow and in a deep layer. Over this session, the nine image patches that excite it most are kept, each the part of the picture the unit sees (its receptive field). Shallow units answer to edges and colours in small patches; deep units to larger, more complex patterns. Move the camera around to show them more.',
  'networks.units.field':
    'receptive field {size} x {size} px of 224 (a unit every {jump} px), {channels} units',
  'networks.units.clear': 'Start the nine afresh',
  'networks.units.kept': '{count} of 9 kept',
  'networks.summary.oneByOne': 'The 1x1 convolution at the chosen pixel: z_{k} = {z}.',
  'networks.summary.units':
    'Patches kept: {shallow} for the shallow unit, {deep} for the deep one.',
  'networks.tables.live': 'First channel, live',
  'networks.units.shallow': 'Shallow layer',
  'networks.units.deep': 'Deep layer',
  'networks.units.unit': 'unit (channel)',
};
