/** English strings shared by the whole app (header, sources, HUD, backends, models). */
export const coreEn = {
  'app.title': 'ConvLens',
  'app.tagline': 'A live lab for convolutional networks',
  'app.privacy': 'Frames never leave this device: every model runs here, in your browser.',
  'app.credits':
    'Model weights: @vladmandic/human and @vladmandic/face-api (MIT). Built with TensorFlow.js.',
  'nav.labs': 'Labs',
  'lab.landmarks': 'Landmarks',
  'lab.detection': 'Detection',
  'lab.faces': 'Faces',
  'lab.style': 'Style',
  'lab.transfer': 'Transfer',
  'lab.convolution': 'Convolution',
  'lab.networks': 'Networks',
  'start.title': 'Choose a lab',
  'start.intro':
    'Each lab runs one idea of course 4 (Convolutional Neural Networks) live on your camera or a photo.',
  'start.convolution':
    'An f x f filter, padding, stride and pooling on your picture; feature maps.',
  'start.networks': 'LeNet-5, ResNets, 1x1 convolutions, Inception and MobileNet, layer by layer.',
  'start.transfer': 'Freeze a pretrained ConvNet and train a softmax layer on your own classes.',
  'start.landmarks': 'Landmark detection: a ConvNet outputs the coordinates of points on a face.',
  'start.detection': 'YOLO: grid cells, anchor boxes, IoU and non-max suppression.',
  'start.faces': 'Face verification and recognition: encodings f(x), the distance d and τ.',
  'start.style': 'Neural style transfer: G keeps the content of C and the style of S.',
  'start.firstRun': 'Before you start',
  'start.camera':
    'Open a lab, then press "Start camera" and allow the camera, or open a photo or a video file.',
  'start.offline':
    'After the first visit every lab works offline: the models are kept on this device.',
  'start.private': 'Nothing leaves the device: every model runs here, in your browser.',
  'start.back': 'All labs',
  'stage.loading': 'Loading the models…',
  'stage.layout': 'Output',
  'stage.split': 'Beside the picture',
  'stage.overlay': 'Over the picture',
  'lab.failed': 'This lab could not be opened: {message}. Reload the page to try again.',
  'settings.title': 'Settings',
  'settings.language': 'Language',
  'settings.backend': 'Backend',
  'settings.backendAuto': 'Automatic (fastest, measured per lab)',
  'settings.mirror': 'Mirror (selfie view)',
  'settings.resolution': 'Resolution',
  'settings.camera': 'Camera',
  'settings.facing': 'Switch front/back',
  'source.camera': 'Camera',
  'source.video': 'Video file',
  'source.image': 'Photo',
  'source.chooseVideo': 'Open a video file',
  'source.chooseImage': 'Open a photo',
  'source.start': 'Start camera',
  'source.retry': 'Try again',
  'source.stop': 'Stop',
  'source.idle': 'Choose a source: the camera, a video file or a photo.',
  'source.requesting': 'Asking for the camera. Allow access in the prompt of your browser.',
  'source.denied':
    'Camera access was denied. To allow it, click the camera icon in the address bar (or open the site settings) and allow the camera, then try again. You can also open a video or a photo.',
  'source.noCamera': 'No camera was found on this device. Open a video file or a photo instead.',
  'source.busy':
    'The camera is in use by another app or tab, or it failed to start. Close the other app, then try again.',
  'source.ended': 'The camera stopped (was it unplugged?). Plug it back in and try again.',
  'source.insecure':
    'The camera needs a secure page (https or localhost). Open a video file or a photo instead.',
  'source.badFile': 'Could not open "{file}": {reason}',
  'source.problem.empty': 'the file is empty (0 bytes)',
  'source.problem.not-image': 'it is not a picture ({detail}); choose a JPEG, PNG or WebP photo',
  'source.problem.not-video': 'it is not a video ({detail}); choose a video file',
  'source.problem.truncated':
    'the picture is cut short (its end is missing); copy or save it again',
  'source.problem.undecodable-image':
    'this browser cannot decode it as a picture; it may be damaged or in another format',
  'source.problem.unloadable-image': 'the picture could not be loaded ({detail})',
  'source.problem.video-aborted': 'loading the video was stopped',
  'source.problem.video-unreadable': 'the file could not be read',
  'source.problem.video-undecodable':
    'the video is damaged or uses a codec this browser cannot decode',
  'source.problem.video-unsupported': 'this browser cannot play this video format',
  'source.problem.video-unplayable': 'the video could not be played',
  'source.error': 'The camera failed: {message}',
  'source.live': 'Live: {label} ({width}x{height})',
  'hud.fps': 'FPS',
  'hud.backend': 'Backend',
  'hud.preprocess': 'pre',
  'hud.inference': 'infer',
  'hud.postprocess': 'post',
  'hud.draw': 'draw',
  'hud.dropped': 'dropped',
  'backend.fallback': 'The {from} backend could not start ({reason}); using {to} instead.',
  'backend.software': 'WebGL here is software-rendered ({renderer}), slower than WASM; using WASM.',
  'backend.contextLost': 'The GPU context was lost; the lab restarted on {to}.',
  'backend.auto.chosen': 'Automatic: {backend} for {lab} — {times} (measured {date})',
  'backend.auto.time': '{backend} {ms} ms',
  'backend.auto.failed': '{backend} could not run ({reason})',
  'backend.auto.software': '{backend} not measured (software-rendered: {renderer})',
  'backend.auto.separator': ', ',
  'backend.auto.measuring': 'Measuring the backends on {lab}’s model…',
  'backend.auto.none': 'No backend could run {lab}’s model; using the default order.',
  'backend.auto.remeasure': 'Measure again',
  'backend.auto.manual':
    'Automatic is off: the backend is chosen by hand or by ?backend= in the address.',
  'model.loading': 'Loading {name}…',
  'model.failed': 'The model could not be loaded: {message}',
  // A model file that could not be used (core/models/model_errors.ts): the file and the fix.
  'modelFile.models.missing':
    'Model file "{file}" is missing ({detail}). Run "npm install" (it copies the weights into public/models) and reload.',
  'modelFile.models.corrupt':
    'Model file "{file}" is corrupt ({detail}). Run "npm install" again to recopy it, then reload.',
  'modelFile.models.network':
    'Model file "{file}" could not be downloaded ({detail}). Check that the app\'s server is running or that you are online, then reload.',
  'modelFile.styles.missing':
    'Style network file "{file}" is missing ({detail}). Restore public/styles from the app\'s sources ("git checkout public/styles"), rebuild and reload.',
  'modelFile.styles.corrupt':
    'Style network file "{file}" is corrupt ({detail}). Restore public/{file} from the app\'s sources ("git checkout public/styles"), rebuild and reload.',
  'modelFile.styles.network':
    'Style network file "{file}" could not be downloaded ({detail}). Check that the app\'s server is running or that you are online, then reload.',
  'modelFile.userStyles.missing':
    'Your style network "{file}" is no longer saved in this browser ({detail}). Train it again.',
  'modelFile.userStyles.corrupt':
    'Your style network "{file}", saved in this browser, is corrupt ({detail}). Delete it and train it again.',
  'modelFile.userStyles.network':
    'Your style network "{file}" could not be read from this browser\'s storage ({detail}). Reload; if it keeps failing, delete it and train it again.',
  'update.available': 'A new version of ConvLens is ready.',
  'update.reload': 'Reload',
  'update.later': 'Later',
  'offline.ready': 'ConvLens is ready to work offline.',
  'store.newerVersion':
    'A newer version of ConvLens is open in another tab, so this tab can no longer save. Reload this tab to use the new version.',
  'store.upgradeBlocked':
    'An older version of ConvLens is open in another tab and holds the saved data. Close or reload that tab, then try again.',
} as const;
