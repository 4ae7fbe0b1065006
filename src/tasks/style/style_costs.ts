import * as tf from '@tensorflow/tfjs-core';

/**
 * Gram matrix of one layer's activations a[l] of shape [1, n_H, n_W, n_C]:
 * G_kk'[l] = Σ_i Σ_j a_ijk[l] a_ijk'[l], the correlations between channels k and k'.
 * Returns [n_C, n_C]. Transposes explicitly before matMul (faster than transposeA on WASM).
 */
export function gramMatrix(a: tf.Tensor4D): tf.Tensor2D {
  return tf.tidy(() => {
    const [, h, w, c] = a.shape;
    const flat = tf.reshape(a, [h * w, c]); // rows: positions (i, j); columns: channels k
    return tf.matMul(tf.transpose(flat), flat) as tf.Tensor2D;
  });
}

/**
 * J_content(C, G) = 1 / (4 n_H n_W n_C) Σ (a[l](C) - a[l](G))^2, the course's content cost
 * (programming exercise normalisation). Scalar.
 */
export function contentCost(aC: tf.Tensor4D, aG: tf.Tensor4D): tf.Scalar {
  return tf.tidy(() => {
    const [, h, w, c] = aG.shape;
    return tf.div(tf.sum(tf.squaredDifference(aC, aG)), 4 * h * w * c) as tf.Scalar;
  });
}

/**
 * J_style[l](S, G) = 1 / (2 n_H n_W n_C)^2 Σ_k Σ_k' (G_kk'(S) - G_kk'(G))^2 for one layer,
 * given the style image's Gram matrix (precomputed once) and G's activations.
 */
export function layerStyleCost(gramS: tf.Tensor2D, aG: tf.Tensor4D): tf.Scalar {
  return tf.tidy(() => {
    const [, h, w, c] = aG.shape;
    const norm = 2 * h * w * c;
    return tf.div(tf.sum(tf.squaredDifference(gramS, gramMatrix(aG))), norm * norm) as tf.Scalar;
  });
}

/**
 * J_TV = Σ (differences of neighbouring pixels)² of an image [1, H, W, 3], vertical and
 * horizontal: a smoothness term against high-frequency noise in G, not in the course's J.
 */
export function totalVariation(img: tf.Tensor4D): tf.Scalar {
  return tf.tidy(() => {
    const [, h, w, c] = img.shape;
    const dy = tf.sub(
      tf.slice(img, [0, 1, 0, 0], [1, h - 1, w, c]),
      tf.slice(img, [0, 0, 0, 0], [1, h - 1, w, c]),
    );
    const dx = tf.sub(
      tf.slice(img, [0, 0, 1, 0], [1, h, w - 1, c]),
      tf.slice(img, [0, 0, 0, 0], [1, h, w - 1, c]),
    );
    return tf.add(tf.sum(tf.square(dy)), tf.sum(tf.square(dx))) as tf.Scalar;
  });
}
