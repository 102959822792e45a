//! Entity-level scoring.
