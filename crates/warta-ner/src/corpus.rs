//! Readers for CoNLL-style NER corpora.
