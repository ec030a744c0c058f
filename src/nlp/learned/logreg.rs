//! Multinomial logistic regression in plain Rust: L2-regularised softmax cross-entropy,
//! trained by deterministic full-batch accelerated gradient descent.
//!
//! Training standardises each feature internally (it makes the problem far better
//! conditioned) and folds the standardisation back into the stored weights, so the
//! model is just `classes × (dim + 1)` floats (bias last) applied to raw features.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TrainOptions {
    /// L2 penalty on the (standardised-feature) weights, not on the biases:
    /// loss = mean cross-entropy + l2/2 · ‖W‖².
    pub l2: f64,
    /// Upper bound on gradient steps.
    pub max_iter: usize,
    /// Stop when the gradient's max-norm falls below this.
    pub tol: f64,
}

impl Default for TrainOptions {
    fn default() -> Self {
        Self {
            l2: 1e-2,
            max_iter: 400,
            tol: 1e-5,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct LogReg {
    pub classes: usize,
    pub dim: usize,
    /// Row-major `classes × (dim + 1)`; the last column of each row is the bias.
    pub weights: Vec<f32>,
}

impl LogReg {
    /// Checks the shape; the error says what is wrong.
    pub fn validate(&self) -> Result<(), String> {
        if self.classes < 2 {
            return Err(format!("{} classes: need at least 2", self.classes));
        }
        if self.weights.len() != self.classes * (self.dim + 1) {
            return Err(format!(
                "{} weights for {} classes × ({} + 1)",
                self.weights.len(),
                self.classes,
                self.dim
            ));
        }
        if self.weights.iter().any(|w| !w.is_finite()) {
            return Err("non-finite weight".into());
        }
        Ok(())
    }

    /// Trains on rows `x` (each `dim` long) with labels `y < classes`.
    pub fn train(
        x: &[Vec<f32>],
        y: &[usize],
        classes: usize,
        opts: &TrainOptions,
    ) -> Result<Self, String> {
        let dim = check_inputs(x, y, classes)?;
        let design = Design::standardise(x, dim);
        let step = 1.0 / (0.5 * design.lipschitz() * 1.05 + opts.l2);
        let w = design.descend(y, classes, step, opts);
        let model = Self {
            classes,
            dim,
            weights: design.fold_back(&w, classes),
        };
        model.validate()?;
        Ok(model)
    }

    /// Class probabilities for one row (a row of the wrong length gets the uniform
    /// distribution).
    pub fn predict_proba(&self, x: &[f32]) -> Vec<f32> {
        let k = self.classes;
        if x.len() != self.dim || self.weights.len() != k * (self.dim + 1) {
            return vec![1.0 / k as f32; k];
        }
        let d1 = self.dim + 1;
        let mut p: Vec<f64> = (0..k)
            .map(|c| {
                let row = &self.weights[c * d1..(c + 1) * d1];
                let s: f64 = row[..self.dim]
                    .iter()
                    .zip(x)
                    .map(|(&w, &v)| w as f64 * v as f64)
                    .sum();
                s + row[self.dim] as f64
            })
            .collect();
        softmax(&mut p);
        p.into_iter().map(|v| v as f32).collect()
    }

    /// Index of the most probable class (first on ties).
    pub fn predict(&self, x: &[f32]) -> usize {
        argmax(&self.predict_proba(x))
    }
}

/// Checks the training inputs' shapes; returns the feature count.
fn check_inputs(x: &[Vec<f32>], y: &[usize], classes: usize) -> Result<usize, String> {
    let n = x.len();
    if n == 0 || n != y.len() {
        return Err(format!("{n} rows, {} labels", y.len()));
    }
    if classes < 2 {
        return Err("need at least 2 classes".into());
    }
    if let Some(&bad) = y.iter().find(|&&c| c >= classes) {
        return Err(format!("label {bad} ≥ {classes} classes"));
    }
    let dim = x[0].len();
    if x.iter().any(|r| r.len() != dim) {
        return Err("rows of different lengths".into());
    }
    Ok(dim)
}

/// The standardised design matrix (`n` rows of `dim` features and a trailing constant
/// column, row-major) and the feature means and deviations it was standardised with.
struct Design {
    n: usize,
    dim: usize,
    d1: usize,
    mean: Vec<f64>,
    sd: Vec<f64>,
    z: Vec<f64>,
}

impl Design {
    fn standardise(x: &[Vec<f32>], dim: usize) -> Self {
        let n = x.len();
        let d1 = dim + 1;
        let mut mean = vec![0f64; dim];
        for r in x {
            for (m, &v) in mean.iter_mut().zip(r) {
                *m += v as f64;
            }
        }
        mean.iter_mut().for_each(|m| *m /= n as f64);
        let mut sd = vec![0f64; dim];
        for r in x {
            for ((s, &v), m) in sd.iter_mut().zip(r).zip(&mean) {
                *s += (v as f64 - m).powi(2);
            }
        }
        sd.iter_mut()
            .for_each(|s| *s = (*s / n as f64).sqrt().max(1e-6));
        let mut z = vec![0f64; n * d1];
        for (i, r) in x.iter().enumerate() {
            let row = &mut z[i * d1..(i + 1) * d1];
            for j in 0..dim {
                row[j] = (r[j] as f64 - mean[j]) / sd[j];
            }
            row[dim] = 1.0;
        }
        Self {
            n,
            dim,
            d1,
            mean,
            sd,
            z,
        }
    }

    fn row(&self, i: usize) -> &[f64] {
        &self.z[i * self.d1..(i + 1) * self.d1]
    }

    /// Lipschitz constant of the gradient: softmax cross-entropy's Hessian is bounded by
    /// ½·ZᵀZ/n (Böhning), plus the penalty. This is λmax(ZᵀZ/n), by power iteration.
    fn lipschitz(&self) -> f64 {
        let (n, d1) = (self.n, self.d1);
        let mut v = vec![1.0 / (d1 as f64).sqrt(); d1];
        let mut lam = 0.0;
        let mut zv = vec![0f64; n];
        for _ in 0..60 {
            for (i, o) in zv.iter_mut().enumerate() {
                *o = dot(self.row(i), &v);
            }
            let mut w = vec![0f64; d1];
            for (i, &s) in zv.iter().enumerate() {
                axpy(&mut w, s / n as f64, self.row(i));
            }
            lam = dot(&w, &w).sqrt();
            if lam <= 0.0 {
                break;
            }
            w.iter_mut().for_each(|e| *e /= lam);
            v = w;
        }
        lam
    }

    /// Accelerated (Nesterov) full-batch gradient descent from zero weights, until the
    /// gradient's max-norm is below `opts.tol` or `opts.max_iter` steps.
    fn descend(&self, y: &[usize], k: usize, step: f64, opts: &TrainOptions) -> Vec<f64> {
        let d1 = self.d1;
        let mut w = vec![0f64; k * d1];
        let mut w_prev = w.clone();
        let mut grad = vec![0f64; k * d1];
        let mut look = vec![0f64; k * d1];
        let mut p = vec![0f64; k];
        for t in 0..opts.max_iter {
            let beta = t as f64 / (t as f64 + 3.0);
            for ((l, &a), &b) in look.iter_mut().zip(&w).zip(&w_prev) {
                *l = a + beta * (a - b);
            }
            self.gradient(y, &look, &mut p, &mut grad);
            for c in 0..k {
                for j in 0..self.dim {
                    grad[c * d1 + j] += opts.l2 * look[c * d1 + j];
                }
            }
            let gmax = grad.iter().fold(0f64, |m, g| m.max(g.abs()));
            std::mem::swap(&mut w_prev, &mut w);
            for ((nw, &l), &g) in w.iter_mut().zip(&look).zip(&grad) {
                *nw = l - step * g;
            }
            if gmax < opts.tol {
                break;
            }
        }
        w
    }

    /// The mean cross-entropy gradient at weights `look` into `grad` (`p`: scratch, one
    /// entry per class).
    fn gradient(&self, y: &[usize], look: &[f64], p: &mut [f64], grad: &mut [f64]) {
        let (n, d1) = (self.n, self.d1);
        grad.iter_mut().for_each(|g| *g = 0.0);
        for (i, &yi) in y.iter().enumerate() {
            let row = self.row(i);
            for (c, pc) in p.iter_mut().enumerate() {
                *pc = dot(&look[c * d1..(c + 1) * d1], row);
            }
            softmax(p);
            for (c, &pc) in p.iter().enumerate() {
                let r = pc - if c == yi { 1.0 } else { 0.0 };
                axpy(&mut grad[c * d1..(c + 1) * d1], r / n as f64, row);
            }
        }
    }

    /// The standardisation folded back into the weights:
    /// w·(x−μ)/σ + b = (w/σ)·x + (b − Σ w μ/σ).
    fn fold_back(&self, w: &[f64], k: usize) -> Vec<f32> {
        let (dim, d1) = (self.dim, self.d1);
        let mut weights = vec![0f32; k * d1];
        for c in 0..k {
            let mut bias = w[c * d1 + dim];
            for j in 0..dim {
                let wj = w[c * d1 + j] / self.sd[j];
                weights[c * d1 + j] = wj as f32;
                bias -= wj * self.mean[j];
            }
            weights[c * d1 + dim] = bias as f32;
        }
        weights
    }
}

pub fn argmax(p: &[f32]) -> usize {
    let mut best = 0;
    for (i, &v) in p.iter().enumerate() {
        if v > p[best] {
            best = i;
        }
    }
    best
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

fn axpy(out: &mut [f64], a: f64, x: &[f64]) {
    for (o, &v) in out.iter_mut().zip(x) {
        *o += a * v;
    }
}

fn softmax(p: &mut [f64]) {
    let m = p.iter().fold(f64::NEG_INFINITY, |m, &v| m.max(v));
    let mut s = 0.0;
    for v in p.iter_mut() {
        *v = (*v - m).exp();
        s += *v;
    }
    for v in p.iter_mut() {
        *v /= s;
    }
}
