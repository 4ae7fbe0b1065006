/** Strings of the Style lab's "train your own style" panel (live mode). */
export const styleTrainingEn = {
  'styleTrain.title': 'Train your own style',
  'styleTrain.explain':
    'Trains a small feed-forward network f_W (Johnson et al. 2016, 71k weights) for your style picture S, in a background worker: each step takes a random square crop y_c of one of your photos and makes one Adam step on W to lower J = α J_content(y_c, f_W(y_c)) + β J_style(S, f_W(y_c)) + γ TV(f_W(y_c)), through the same MobileNetV3 backbone as the optimisation mode (α = 1, β = 5, γ = 10). The camera keeps running meanwhile; leaving the lab stops training and keeps what it has learnt. More photos and more steps give a network that works on more pictures.',
  'styleTrain.styleImage': 'Style picture S',
  'styleTrain.ownFile': 'Use my own image…',
  'styleTrain.photos': 'Training photos ({n} of at most {max})',
  'styleTrain.addPhoto': 'Add the current picture',
  'styleTrain.removePhoto': 'Remove photo {n}',
  'styleTrain.needInputs': 'Add at least one photo and choose a style picture to start.',
  'styleTrain.steps': 'Steps',
  'styleTrain.size': 'Crop size (64 px: about 3x faster, coarser)',
  'styleTrain.start': 'Start training',
  'styleTrain.stop': 'Stop (keep what it learnt)',
  'styleTrain.backbone': 'MobileNetV3 (centernet) in the worker',
  'styleTrain.progress': 'Step {step} of {steps} · {sps} s per step · about {left} left',
  'styleTrain.backendLine': 'Training in a background worker on {backend}.',
  'styleTrain.preview': 'f_W(photo 1) after step {step}',
  'styleTrain.curves': 'J, J_content and J_style per step (one random crop each, log scale)',
  'styleTrain.stopping': 'Stopping after this step…',
  'styleTrain.saving': 'Saving…',
  'styleTrain.saved': 'Saved as “{name}”: choose it in the style list above.',
  'styleTrain.myStyles': 'My styles (saved on this device)',
  'styleTrain.myStyle': 'My style ({date})',
  'styleTrain.details': '{steps} steps at {size} px',
  'styleTrain.use': 'Use',
  'styleTrain.delete': 'Delete',
  'styleTrain.saveAgain': 'Save again',
  'styleTrain.noFrame': 'No picture yet: start the camera or open a photo first.',
  'styleTrain.badStyle': 'This style picture could not be read ({reason}).',
  'styleTrain.workerFailed':
    'The background training worker failed: {reason}. Your photos and style picture are kept; try again.',
  'styleTrain.workerNoDetail': 'its script could not be loaded, or it stopped',
  'styleTrain.backboneFailed':
    'The worker could not load the loss network (centernet): {reason}. Your photos and style picture are kept.',
  'styleTrain.trainingFailed': 'Training failed: {reason}. Your photos and style picture are kept.',
  'styleTrain.cpuFallback':
    'WASM could not start in the worker ({reason}); training on the CPU backend, which is much slower.',
  'styleTrain.diskFull':
    'The device’s storage is full, so the trained network was not saved. It is kept in this page: delete a saved style or free some space, then press “Save again”.',
  'styleTrain.saveFailed':
    'The trained network could not be saved ({reason}). It is kept in this page; press “Save again”.',
  'styleTrain.storeUnavailable': 'Your own styles cannot be read here: {reason}',
} as const;
