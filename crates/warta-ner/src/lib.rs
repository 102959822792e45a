//! # warta-ner
//!
//! A statistical named-entity tagger (PERSON / ORGANIZATION / LOCATION) for
//! tokenized sentences, with reproducible training and compact weights.
