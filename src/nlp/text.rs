//! PLACEHOLDER module: filled by the extraction work.
