import { loadGraphModelFromCatalogue } from '../../../src/core/models/load_model';
import { nodeModelOptions } from '../../../src/core/models/node_model_files';
import { HandDetector } from '../../../src/tasks/landmarks/hand_detector';
import { HandLandmarker } from '../../../src/tasks/landmarks/hand_landmarker';

/** HandTrack and Hand Landmark Lite from public/models (Node); dispose `hands` (it owns both). */
export async function loadHandModels(): Promise<{ detector: HandDetector; hands: HandLandmarker }> {
  const detector = new HandDetector(
    await loadGraphModelFromCatalogue('handtrack', nodeModelOptions),
  );
  const hands = new HandLandmarker(
    detector,
    await loadGraphModelFromCatalogue('handlandmark-lite', nodeModelOptions),
  );
  return { detector, hands };
}
