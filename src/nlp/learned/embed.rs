//! all-MiniLM-L6-v2 sentence embeddings with candle: BERT forward pass, mean pooling
//! over the attention mask, L2 normalisation (sentence-transformers' modules 0–2).

use super::LearnedError;
use candle_core::{DType, Device, Tensor, D};
use candle_nn::VarBuilder;
use candle_transformers::models::bert::{BertModel, Config};
use std::path::Path;
use tokenizers::{Tokenizer, TruncationParams};

/// sentence-transformers' `max_seq_length` for this model (sentence_bert_config.json).
const MAX_SEQ_LEN: usize = 256;

pub struct SentenceEmbedder {
    model: BertModel,
    tokenizer: Tokenizer,
    device: Device,
    dim: usize,
}

impl SentenceEmbedder {
    /// Loads `config.json`, `tokenizer.json` and `model.safetensors` from `dir`.
    pub fn load(dir: &Path) -> Result<Self, LearnedError> {
        let read = |name: &str| {
            let path = dir.join(name);
            std::fs::read(&path).map_err(|source| LearnedError::Io { path, source })
        };
        let config_path = dir.join("config.json");
        let config: Config =
            serde_json::from_slice(&read("config.json")?).map_err(|source| LearnedError::Json {
                path: config_path,
                source,
            })?;

        let tok_path = dir.join("tokenizer.json");
        let mut tokenizer = Tokenizer::from_bytes(read("tokenizer.json")?)
            .map_err(|e| LearnedError::Tokenizer(format!("{}: {e}", tok_path.display())))?;
        // The shipped tokenizer.json pads and truncates to 128; sentence-transformers
        // truncates at 256 and pads per batch. Padding is done here, per batch.
        tokenizer
            .with_truncation(Some(TruncationParams {
                max_length: MAX_SEQ_LEN,
                ..Default::default()
            }))
            .map_err(|e| LearnedError::Tokenizer(e.to_string()))?;
        tokenizer.with_padding(None);

        let device = Device::Cpu;
        let weights_path = dir.join("model.safetensors");
        let model =
            VarBuilder::from_buffered_safetensors(read("model.safetensors")?, DType::F32, &device)
                .and_then(|vb| BertModel::load(vb, &config))
                .map_err(|source| LearnedError::Model {
                    path: weights_path,
                    source,
                })?;
        Ok(Self {
            model,
            tokenizer,
            device,
            dim: config.hidden_size,
        })
    }

    pub fn dim(&self) -> usize {
        self.dim
    }

    /// Number of word-piece tokens (with [CLS] and [SEP]) the sentence is embedded as.
    pub fn token_count(&self, sentence: &str) -> Result<usize, LearnedError> {
        let enc = self
            .tokenizer
            .encode(sentence, true)
            .map_err(|e| LearnedError::Tokenizer(e.to_string()))?;
        Ok(enc.get_ids().len())
    }

    /// The unit-length embedding of one sentence.
    pub fn embed(&self, sentence: &str) -> Result<Vec<f32>, LearnedError> {
        let mut v = self.embed_batch(&[sentence])?;
        v.pop()
            .ok_or_else(|| LearnedError::Tokenizer("empty batch".into()))
    }

    /// Unit-length embeddings of a batch, padded to its longest sentence (batch
    /// sentences of similar length together for speed; the result does not depend on
    /// the batching beyond float rounding).
    pub fn embed_batch(&self, sentences: &[&str]) -> Result<Vec<Vec<f32>>, LearnedError> {
        if sentences.is_empty() {
            return Ok(Vec::new());
        }
        let mut encs = Vec::with_capacity(sentences.len());
        for s in sentences {
            let enc = self
                .tokenizer
                .encode(*s, true)
                .map_err(|e| LearnedError::Tokenizer(e.to_string()))?;
            encs.push(enc);
        }
        let len = encs.iter().map(|e| e.get_ids().len()).max().unwrap_or(0);
        let b = encs.len();
        let mut ids = vec![0u32; b * len];
        let mut mask = vec![0u32; b * len];
        for (i, e) in encs.iter().enumerate() {
            for (j, (&id, &m)) in e.get_ids().iter().zip(e.get_attention_mask()).enumerate() {
                ids[i * len + j] = id;
                mask[i * len + j] = m;
            }
        }
        let ids = Tensor::from_vec(ids, (b, len), &self.device)?;
        let mask = Tensor::from_vec(mask, (b, len), &self.device)?;
        let type_ids = ids.zeros_like()?;
        let hidden = self.model.forward(&ids, &type_ids, Some(&mask))?; // (b, len, dim)

        // Mean pooling over real tokens, then L2 normalisation.
        let maskf = mask.to_dtype(DType::F32)?.unsqueeze(2)?; // (b, len, 1)
        let summed = hidden.broadcast_mul(&maskf)?.sum(1)?; // (b, dim)
        let counts = maskf.sum(1)?.clamp(1e-9f32, f32::MAX)?; // (b, 1)
        let mean = summed.broadcast_div(&counts)?;
        let norm = mean
            .sqr()?
            .sum_keepdim(D::Minus1)?
            .sqrt()?
            .clamp(1e-12f32, f32::MAX)?;
        let unit = mean.broadcast_div(&norm)?;
        Ok(unit.to_vec2::<f32>()?)
    }
}
