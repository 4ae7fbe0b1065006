/** English strings of the Transfer-learning lab. */
export const transferEn = {
  'transfer.title': 'Transfer learning',
  'transfer.explain':
    'A MobileNetV3 trained on COCO is frozen: each picture becomes a 1008-d feature vector x (two inner layers, average-pooled and L2-normalised). Only a new softmax layer ŷ = softmax(x W + b) is trained on your own classes.',
  'transfer.modelName': 'MobileNetV3 backbone (CenterNet)',
  'transfer.opening': 'Opening the saved project…',
  'transfer.classesTitle': '1. Classes and samples',
  'transfer.classDefault1': 'Class 1',
  'transfer.classDefault2': 'Class 2',
  'transfer.classNew': 'Class {n}',
  'transfer.className': 'Name of the class',
  'transfer.addClass': 'Add a class',
  'transfer.deleteClass': 'Delete class',
  'transfer.sampleCount.one': '{count} sample',
  'transfer.sampleCount.other': '{count} samples',
  'transfer.record': 'Hold to record',
  'transfer.recordHint':
    'Hold (mouse, touch, or Space/Enter) to record about 5 frames a second; a click records one.',
  'transfer.upload': 'Add images',
  'transfer.uploadFailed': '"{file}" could not be added as a picture: {reason}',
  'transfer.deleteSample': 'Delete sample',
  'transfer.noPicture': 'Start the camera or open a picture first.',
  'transfer.augmentTitle': 'Data augmentation',
  'transfer.augmentExplain':
    'More training examples for free: each sample also trains as a few changed copies (the dev set uses only the originals).',
  'transfer.augFlip': 'mirror',
  'transfer.augCrop': 'random crop',
  'transfer.augBrightness': 'brightness',
  'transfer.augCopies': 'copies per sample',
  'transfer.augOriginal': 'original',
  'transfer.trainTitle': '2. Train the softmax head',
  'transfer.epochs': 'Epochs',
  'transfer.epochsHint': 'passes over the training set',
  'transfer.batchSize': 'Mini-batch size',
  'transfer.batchSizeHint':
    'examples per gradient step; m = batch gradient descent, 1 = stochastic',
  'transfer.learningRate': 'Learning rate α0',
  'transfer.learningRateHint': 'step size of gradient descent',
  'transfer.decay': 'Learning-rate decay',
  'transfer.decayNone': 'none',
  'transfer.decayInverse': 'α = α0 / (1 + r · epoch)',
  'transfer.decayExponential': 'α = α0 · (1 − r)^epoch',
  'transfer.decayRate': 'Decay rate r',
  'transfer.optimiser': 'Optimiser',
  'transfer.optimiserHint':
    'momentum: v_dW = β v_dW + (1 − β) dW, W := W − α v_dW; RMSprop: S_dW = β₂ S_dW + (1 − β₂) dW², W := W − α dW / (√S_dW + ε); Adam does both, with bias correction v / (1 − β₁ᵗ), S / (1 − β₂ᵗ). β = β₁ = 0.9; β₂ = 0.9 (RMSprop), 0.999 (Adam); ε = 10⁻⁸',
  'transfer.optSgd': 'mini-batch gradient descent',
  'transfer.optMomentum': 'momentum',
  'transfer.optRmsprop': 'RMSprop',
  'transfer.optAdam': 'Adam',
  'transfer.l2': 'L2 regularisation λ',
  'transfer.l2Hint': 'J adds (λ / 2m) ||W||²: smaller weights, less variance',
  'transfer.dropout': 'Dropout on features',
  'transfer.dropoutHint': 'fraction of x zeroed at random in training (inverted dropout)',
  'transfer.devFraction': 'Dev set',
  'transfer.devFractionHint':
    'share of each class held out to make choices on: early stopping, comparing runs, bias vs variance',
  'transfer.testFraction': 'Test set',
  'transfer.testFractionHint':
    'share of each class held out for an unbiased final estimate, reported once and used for no choice (60 / 20 / 20 for small data)',
  'transfer.earlyStopping': 'Early stopping',
  'transfer.patience': 'patience (epochs)',
  'transfer.earlyStoppingHint':
    'stop when the dev loss has not improved for this many epochs; keep the best W, b',
  'transfer.humanError': 'Human-level error (%)',
  'transfer.humanErrorHint': 'the estimate of Bayes error the bias is measured against',
  'transfer.maxFrameMs': 'Satisficing: time per frame ≤ N ms',
  'transfer.maxFrameMsHint':
    'good enough if the live prediction takes at most N ms a frame; among such runs, the best dev F1 wins',
  'transfer.train': 'Train',
  'transfer.stop': 'Stop',
  'transfer.extracting':
    'Features of sample {done} of {total} (the frozen backbone runs once per sample and copy)…',
  'transfer.trainingEpoch': 'Epoch {epoch} of {epochs}',
  'transfer.needSamples': 'Record samples for at least two classes first.',
  'transfer.trainFailed': 'Training failed: {message}',
  'transfer.trained':
    'Trained on {train} samples, {dev} held out for dev, {test} for test; best epoch {best}; {ms} ms.',
  'transfer.featuresFrom':
    ' Features: {extracted} computed by the frozen backbone, {cached} read from the cache.',
  'transfer.stoppedEarly': 'Stopped early: the dev loss stopped improving.',
  'transfer.stoppedByUser': 'Stopped.',
  'transfer.retrain': 'The classes changed since training: train again to include them.',
  'transfer.curvesTitle': '3. Learning curves',
  'transfer.loss': 'Cost J (cross-entropy)',
  'transfer.accuracy': 'Accuracy',
  'transfer.trainSet': 'train',
  'transfer.devSet': 'dev',
  'transfer.epochAxis': 'epoch',
  'transfer.evaluationTitle': '4. Error analysis on the dev set',
  'transfer.noDev': 'No dev set: every class needs at least 2 samples to hold one out.',
  'transfer.biasVariance': 'Bias and variance',
  'transfer.humanRow': 'Human-level error (≈ Bayes error)',
  'transfer.trainError': 'Training error',
  'transfer.devError': 'Dev error',
  'transfer.avoidableBias': 'avoidable bias = train − human',
  'transfer.variance': 'variance = dev − train',
  'transfer.diag.high-bias':
    'High bias (underfitting): the head does not fit even the training set. Train longer, use a bigger model (more features), lower λ.',
  'transfer.diag.high-variance':
    'High variance (overfitting): it fits the training set but not the dev set. Get more data, augment, raise λ or dropout, stop early.',
  'transfer.diag.high-bias-and-variance':
    'High bias and high variance: fix the bias first (fit the training set), then the variance.',
  'transfer.diag.fine':
    'Low bias and low variance: train and dev errors are both close to human level.',
  'transfer.focus.bias': 'Work on the avoidable bias first: it is the larger gap.',
  'transfer.focus.variance': 'Work on the variance first: it is the larger gap.',
  'transfer.confusionTitle': 'Confusion matrix (rows: actual, columns: predicted)',
  'transfer.metricsTitle':
    'Precision P = TP / (TP + FP), recall R = TP / (TP + FN), F1 = 2PR / (P + R)',
  'transfer.class': 'class',
  'transfer.precision': 'precision',
  'transfer.recall': 'recall',
  'transfer.f1': 'F1 = 2PR / (P + R)',
  'transfer.macro': 'macro average',
  'transfer.optimising':
    'Optimising metric (the single number to compare runs): dev F1 = {f1} (macro average; precision {precision}, recall {recall}). Dev accuracy: {accuracy}.',
  'transfer.satisficing':
    'Satisficing metric: time per frame ≤ {max} ms. Measured: {ms} ms (median of the live frames), {verdict}.',
  'transfer.satisficingMet': 'met',
  'transfer.satisficingNotMet': 'not met',
  'transfer.satisficingUnmeasured':
    'Satisficing metric: time per frame ≤ {max} ms. Not measured yet: start the camera or open a picture.',
  'transfer.testTitle': 'Test set (reported once, not used for choices)',
  'transfer.testReport':
    'On {count} test samples: accuracy {accuracy}, F1 = {f1} (macro average). No choice used them: not training, early stopping or comparing runs; that is what the dev set is for.',
  'transfer.noTest': 'No test set: give it a share above 0, and each class at least 3 samples.',
  'transfer.errorsTitle': 'Misclassified dev samples',
  'transfer.noErrors': 'None: every dev sample is right.',
  'transfer.errorCaption': '{actual} → {predicted} ({confidence})',
  'transfer.predictTitle': '5. Live prediction',
  'transfer.predictHint':
    'The centred square of the picture goes through the backbone and the trained head.',
  'transfer.untrained': 'Train a head to see predictions.',
  'transfer.summaryNone': 'No prediction yet.',
  'transfer.summary': '{label}: {probability}',
  'transfer.filesTitle': 'Project on this device',
  'transfer.filesExplain':
    'Classes, samples, their features, options and the trained head are kept in this browser (IndexedDB) and never leave the device unless you export them. Export saves one .zip: metadata.json (labels, backbone, input size), the head in TF.js layers format (model.json + head.weights.bin) and the samples as JPEGs. Import takes that .zip, or those files chosen together.',
  'transfer.export': 'Export project',
  'transfer.import': 'Import project',
  'transfer.erase': 'Erase everything',
  'transfer.eraseConfirm':
    'Erase every project, photo and face stored by ConvLens on this device (and TF.js saved models)? This cannot be undone.',
  'transfer.imported': 'Project imported.',
  'transfer.storageFull':
    'The device’s storage is full, so this change was not saved; everything saved before is kept. Delete some samples or free space, then try again.',
  'transfer.importRefused': 'Import refused, nothing changed: {message}',
  // Why a project was refused (project_file.ts and zip_archive.ts codes).
  'transfer.importReasonInFiles': '{files}: {reason}',
  'transfer.importReason.oneZip': 'Choose one project .zip at a time.',
  'transfer.importReason.zipAndFiles':
    'Choose either the project .zip or the files inside it, not both.',
  'transfer.importReason.noMetadata':
    'There is no {file}: choose the project .zip, or all the files of an exported project.',
  'transfer.importReason.missingFile': 'The project\'s "{file}" is missing.',
  'transfer.importReason.metadataNotJson': '{file} is not JSON, so it is not a ConvLens project.',
  'transfer.importReason.notProject':
    '{file} is not a ConvLens Transfer project (its "format" is not "{format}").',
  'transfer.importReason.version':
    'The project has version {version}; this app reads version {supported}.',
  'transfer.importReason.duplicateClassIds': 'Two classes in the project have the same id.',
  'transfer.importReason.unknownClass':
    '{sample} belongs to class "{classId}", which the project does not define.',
  'transfer.importReason.notJpeg': '"{file}" ({sample}) is not a JPEG image.',
  'transfer.importReason.modelNotJson': "The trained head's {file} is not JSON.",
  'transfer.importReason.brokenHead': 'The trained head is broken: {detail}',
  'transfer.importReason.outputsMismatch.one':
    "The trained head has {count} output, which does not match the project's classes.",
  'transfer.importReason.outputsMismatch.other':
    "The trained head has {count} outputs, which do not match the project's classes.",
  'transfer.importReason.imageSize': '{field} must be a positive number.',
  'transfer.importReason.inputSize':
    '"inputSize" is {declared} but the head takes {expected} features.',
  'transfer.importReason.notObject': '{field} must be an object.',
  'transfer.importReason.notList': '{field} must be a list.',
  'transfer.importReason.notText': '{field} must be a non-empty text.',
  'transfer.importReason.notZip': 'The file is not a ZIP archive (no end of central directory).',
  'transfer.importReason.directoryCut':
    'The ZIP archive is damaged (its central directory is cut short).',
  'transfer.importReason.damagedAt': 'The ZIP archive is damaged at "{file}".',
  'transfer.importReason.cutShort': 'The ZIP archive is cut short inside "{file}".',
  'transfer.importReason.tooLarge':
    'The ZIP archive would unpack to more than {limitMb} MB ("{file}" alone declares {declaredMb} MB); a ConvLens project is far smaller, so it is not read.',
  'transfer.importReason.method':
    '"{file}" in the ZIP archive uses compression method {method}; only stored and deflated files can be read.',
  'transfer.importReason.crc':
    '"{file}" in the ZIP archive is damaged (its CRC-32 does not match).',
  'transfer.importReason.inflatesTooLarge':
    '"{file}" in the ZIP archive unpacks to more than {limitMb} MB with the files before it; a ConvLens project is far smaller, so it is not read.',
  'transfer.importReason.notInflating':
    '"{file}" in the ZIP archive is damaged (it does not inflate).',
  'transfer.erased': 'Everything was erased.',
  'transfer.dismiss': 'Dismiss',
} as const;
